import { recordAudit } from "../audit/record";
import type { CurrentUser } from "../auth/current-user";
import { can } from "../auth/policy";
import { getDb } from "../db";
import { forbidden, notFoundError, unauthenticated } from "../errors";
import { enqueue } from "../jobs/queue";
import { nudgeWorker } from "../jobs/nudge";
import { lockAction, TX_OPTIONS } from "./action-lock";
import { tokenMatches } from "./tokens";
import { promoteWaitlisted } from "./waitlist";

export type CancelResult = { id: string; status: "CANCELLED"; promoted: number };

/**
 * Cancels an RSVP: by its owner, by an organiser of the action's chapter or an admin, or by
 * whoever holds its cancel code. Freed seats go to the waitlist at once, in the same locked
 * transaction, and the promoted are mailed. A guest's name and email are erased on the spot.
 */
export async function cancelRsvp(user: CurrentUser | null, rsvpId: string, token?: string): Promise<CancelResult> {
  const db = await getDb();
  const found = await db.rsvp.findUnique({ where: { id: rsvpId }, select: { actionId: true } });
  if (!found) throw notFoundError("RSVP not found");

  const result = await db.$transaction(async (tx) => {
    const a = await lockAction(tx, found.actionId);
    const r = await tx.rsvp.findUnique({
      where: { id: rsvpId },
      select: { id: true, status: true, guests: true, userId: true, cancelTokenHash: true },
    });
    if (!r) throw notFoundError("RSVP not found");
    const byToken = tokenMatches(token, r.cancelTokenHash);
    const byOwner = !!user && !!r.userId && r.userId === user.id;
    const byStaff = !byOwner && can(user, "rsvp.cancel", { chapterId: a.chapterId, ownerId: r.userId });
    if (!byToken && !byOwner && !byStaff) {
      if (!user && !token) throw unauthenticated();
      throw forbidden("You cannot cancel this RSVP");
    }
    if (r.status === "CANCELLED") return { id: r.id, status: "CANCELLED" as const, promoted: [] as string[] };

    await tx.rsvp.update({ where: { id: r.id }, data: { status: "CANCELLED", name: null, email: null } });
    if (r.status === "GOING") {
      await tx.$executeRaw`UPDATE "Action" SET "goingCount" = "goingCount" - ${1 + r.guests} WHERE "id" = ${a.id}`;
    } else {
      await tx.$executeRaw`UPDATE "Action" SET "waitlistCount" = "waitlistCount" - 1 WHERE "id" = ${a.id}`;
    }
    const promoted = r.status === "GOING" ? await promoteWaitlisted(tx, a) : [];
    for (const id of promoted) await enqueue(tx, "mail.rsvp", { rsvpId: id, event: "promoted" });
    if (byStaff && !byToken) {
      await recordAudit(tx, {
        actorId: user?.id ?? null,
        verb: "rsvp.cancel",
        targetType: "Rsvp",
        targetId: r.id,
        chapterId: a.chapterId,
        before: { status: r.status, guests: r.guests },
        after: { status: "CANCELLED", promoted: promoted.length },
      });
    }
    return { id: r.id, status: "CANCELLED" as const, promoted };
  }, TX_OPTIONS);
  if (result.promoted.length) nudgeWorker();
  return { id: result.id, status: result.status, promoted: result.promoted.length };
}
