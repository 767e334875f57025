import type { Prisma } from "../generated/prisma/client";
import type { ParticipationCounts } from "./schema";

type Db = Pick<Prisma.TransactionClient, "pledge" | "boycottCommitment">;
type ActionCounts = { id: string; goingCount: number; waitlistCount: number; capacity: number | null; currency: string | null };

/** Public numbers only: seats, waitlist length, commitments, money and items pledged. */
export async function participationCounts(db: Db, a: ActionCounts): Promise<ParticipationCounts> {
  const [commitments, money, items] = await Promise.all([
    db.boycottCommitment.count({ where: { actionId: a.id } }),
    a.currency
      ? db.pledge.aggregate({ where: { actionId: a.id, currency: a.currency, amountMinor: { not: null } }, _sum: { amountMinor: true } })
      : Promise.resolve(null),
    db.pledge.groupBy({ by: ["needId"], where: { actionId: a.id, needId: { not: null } }, _sum: { quantity: true } }),
  ]);
  return {
    going: a.goingCount,
    waitlisted: a.waitlistCount,
    capacity: a.capacity,
    commitments,
    pledgedMinor: money?._sum.amountMinor ?? 0,
    needs: items.filter((i) => i.needId).map((i) => ({ id: i.needId as string, pledged: i._sum.quantity ?? 0 })),
  };
}
