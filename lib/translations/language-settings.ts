import type { Prisma } from "../generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "translationLanguage">;

/** Whether a language lets a second translator publish instead of an admin (off unless an admin turned it on). */
export async function peerReviewFor(db: Tx, locale: string): Promise<boolean> {
  const row = await db.translationLanguage.findUnique({ where: { locale }, select: { peerReview: true } });
  return row?.peerReview ?? false;
}
