import type { Prisma } from "../generated/prisma/client";
import { isLocale, type Locale } from "../i18n/locales";

type Tx = Pick<Prisma.TransactionClient, "rsvp" | "pledge" | "boycottCommitment">;

export type Recipient = { email: string; locale: Locale };
export type Audience = "GOING" | "EVERYONE";

const person = { select: { email: true, locale: true, suspendedAt: true } } as const;

/**
 * Everyone with an address who takes part: RSVPs still active (GOING, and WAITLISTED unless
 * only GOING is asked for), pledgers and boycott signatories. One entry per address, in that
 * person's language. Read inside the caller's transaction, before any purge.
 */
export async function actionRecipients(tx: Tx, actionId: string, audience: Audience = "EVERYONE"): Promise<Recipient[]> {
  const statuses = audience === "GOING" ? (["GOING"] as const) : (["GOING", "WAITLISTED"] as const);
  const rsvps = await tx.rsvp.findMany({
    where: { actionId, status: { in: [...statuses] } },
    select: { email: true, locale: true, user: person },
    orderBy: { arrival: "asc" },
  });
  const rows: { email: string | null; locale: string | null; user: { email: string | null; locale: string; suspendedAt: Date | null } | null }[] = [...rsvps];
  if (audience === "EVERYONE") {
    const pledges = await tx.pledge.findMany({ where: { actionId }, select: { email: true, user: person } });
    const commitments = await tx.boycottCommitment.findMany({ where: { actionId }, select: { email: true, user: person } });
    rows.push(...pledges.map((p) => ({ ...p, locale: null })), ...commitments.map((c) => ({ ...c, locale: null })));
  }
  const seen = new Map<string, Recipient>();
  for (const row of rows) {
    if (row.user?.suspendedAt) continue;
    const email = (row.user?.email ?? row.email)?.trim();
    if (!email) continue;
    const key = email.toLowerCase();
    if (seen.has(key)) continue;
    const locale = [row.locale, row.user?.locale].find((l): l is Locale => !!l && isLocale(l)) ?? "en";
    seen.set(key, { email, locale });
  }
  return [...seen.values()];
}
