import type { Prisma } from "../generated/prisma/client";

export type TranslatorRole = "TRANSLATOR" | "REVIEWER" | "NONE";

/** Sets whether a user translates (and may review) one language; returns what changed, or null. */
export async function changeTranslator(tx: Prisma.TransactionClient, userId: string, locale: string, role: TranslatorRole) {
  const key = { userId_locale: { userId, locale } };
  const existing = await tx.translatorGrant.findUnique({ where: key, select: { canReview: true } });
  const before: TranslatorRole = !existing ? "NONE" : existing.canReview ? "REVIEWER" : "TRANSLATOR";
  if (before === role) return null;
  if (role === "NONE") await tx.translatorGrant.delete({ where: key });
  else await tx.translatorGrant.upsert({ where: key, create: { userId, locale, canReview: role === "REVIEWER" }, update: { canReview: role === "REVIEWER" } });
  return { before, after: role };
}
