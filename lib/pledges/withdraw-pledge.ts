import type { CurrentUser } from "../auth/current-user";
import { getDb } from "../db";
import { AppError, notFoundError, unauthenticated } from "../errors";
import { assertAccepting, publicActionWhere } from "../rsvps/action-lock";
import { participationCounts } from "../rsvps/counts";
import { tokenMatches } from "../rsvps/tokens";
import type { WithdrawPledgeQuery } from "./schema";

/**
 * Takes a pledge back: a guest with the code from the confirmation (or their browser), or the
 * signed-in person who made it. The row is deleted, so nothing about it is kept. A pledge the
 * organisers already marked as received was handed over and can no longer be withdrawn here.
 */
export async function withdrawPledge(user: CurrentUser | null, ref: string, pledgeId: string, query: WithdrawPledgeQuery, now = new Date()) {
  const db = await getDb();
  const a = await db.action.findFirst({
    where: publicActionWhere(ref),
    select: { id: true, kind: true, status: true, endsAt: true, currency: true, goingCount: true, waitlistCount: true, capacity: true },
  });
  if (!a || a.kind !== "DONATION_DRIVE") throw notFoundError("Action not found");
  if (!query.token && !user) throw unauthenticated();
  const pledge = await db.pledge.findFirst({ where: { id: pledgeId, actionId: a.id }, select: { id: true, userId: true, cancelTokenHash: true, received: true } });
  // A wrong code and someone else's pledge look the same as no pledge: nothing to learn by guessing.
  const mine = pledge && (query.token ? tokenMatches(query.token, pledge.cancelTokenHash) : pledge.userId === user!.id);
  if (!pledge || !mine) throw notFoundError("Pledge not found");
  assertAccepting(a, now);
  if (pledge.received) throw new AppError("CONFLICT", "The organisers have already received this pledge");
  await db.pledge.deleteMany({ where: { id: pledge.id, received: false } });
  const counts = await participationCounts(db, a);
  return { ok: true as const, pledgedMinor: counts.pledgedMinor, needs: counts.needs };
}
