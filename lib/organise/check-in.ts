import type { CurrentUser } from "../auth/current-user";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { AppError, notFoundError } from "../errors";
import { authoriseAction } from "./access";

/** Marks a GOING attendee as arrived (or undoes it). Idempotent: tapping twice changes nothing more. */
export async function checkIn(user: CurrentUser, idOrSlug: string, rsvpId: string, checkedIn: boolean, now = new Date()) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const ref = await authoriseAction(tx, user, idOrSlug, "action.checkin");
    const rsvp = await tx.rsvp.findFirst({ where: { id: rsvpId, actionId: ref.id }, select: { id: true, status: true, checkedInAt: true } });
    if (!rsvp) throw notFoundError("No such attendee");
    if (rsvp.status !== "GOING") throw new AppError("CONFLICT", "Only people who are going can be checked in");
    const checkedInAt = checkedIn ? (rsvp.checkedInAt ?? now) : null;
    await tx.rsvp.update({ where: { id: rsvp.id }, data: { checkedInAt } });
    await recordAudit(tx, {
      actorId: user.id,
      verb: checkedIn ? "rsvp.checkin" : "rsvp.checkin.undo",
      targetType: "Rsvp",
      targetId: rsvp.id,
      chapterId: ref.chapterId,
      before: { checkedIn: !!rsvp.checkedInAt },
      after: { checkedIn },
    });
    return { rsvpId: rsvp.id, checkedInAt: checkedInAt?.toISOString() ?? null };
  });
}
