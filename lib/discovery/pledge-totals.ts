import { getDb } from "../db";

export type DriveTotals = { pledgedMinor: number; needs: Map<string, { pledged: number; received: number }> };

/** Sums for a donation drive: money in the drive's currency, and item quantities per need. */
export async function drivePledgeTotals(actionId: string, currency: string | null): Promise<DriveTotals> {
  const db = await getDb();
  const [money, pledged, received] = await Promise.all([
    db.pledge.aggregate({
      where: { actionId, amountMinor: { not: null }, OR: [{ currency: null }, ...(currency ? [{ currency }] : [])] },
      _sum: { amountMinor: true },
    }),
    db.pledge.groupBy({ by: ["needId"], where: { actionId, needId: { not: null } }, _sum: { quantity: true } }),
    db.pledge.groupBy({ by: ["needId"], where: { actionId, needId: { not: null }, received: true }, _sum: { quantity: true } }),
  ]);
  const needs = new Map<string, { pledged: number; received: number }>();
  for (const row of pledged) if (row.needId) needs.set(row.needId, { pledged: row._sum.quantity ?? 0, received: 0 });
  for (const row of received) {
    if (!row.needId) continue;
    const entry = needs.get(row.needId) ?? { pledged: 0, received: 0 };
    entry.received = row._sum.quantity ?? 0;
    needs.set(row.needId, entry);
  }
  return { pledgedMinor: money._sum.amountMinor ?? 0, needs };
}
