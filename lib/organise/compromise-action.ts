import type { CurrentUser } from "../auth/current-user";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { nudgeWorker } from "../jobs/nudge";
import { AppError } from "../errors";
import { actionCompromisedMail } from "../mail/templates/action-compromised";
import { publicPoint } from "./action-data";
import { lockAction } from "./access";
import { queueMailEach } from "./notify";
import { actionUrl } from "./place-text";
import { actionRecipients } from "./recipients";

/**
 * The place is known to people who mean harm. In one transaction: the exact location is hidden
 * (approximate, with a fresh offset; venue and address cleared), and the names and addresses of
 * everyone who RSVPd, pledged or committed are erased — counts stay, as the rows do. Addresses
 * are read first so people can be warned, after the commit, one mail each.
 */
export async function compromiseAction(user: CurrentUser, idOrSlug: string, message: string | null, now = new Date()) {
  const db = await getDb();
  const done = await db.$transaction(async (tx) => {
    const ref = await lockAction(tx, user, idOrSlug, "action.compromise");
    const row = await tx.action.findUniqueOrThrow({
      where: { id: ref.id },
      select: { slug: true, title: true, status: true, lat: true, lng: true, locationPrivacy: true },
    });
    if (row.status === "CANCELLED") throw new AppError("INVALID_TRANSITION", "The action is already cancelled");
    const recipients = await actionRecipients(tx, ref.id);
    const hidden = { lat: row.lat, lng: row.lng, locationPrivacy: "APPROXIMATE" as const };
    await tx.action.update({
      where: { id: ref.id },
      data: { locationPrivacy: "APPROXIMATE", revealHoursBefore: null, venue: null, address: null, compromisedAt: now, ...publicPoint(hidden) },
    });
    const rsvps = await tx.rsvp.updateMany({ where: { actionId: ref.id }, data: { name: null, email: null } });
    const pledges = await tx.pledge.updateMany({ where: { actionId: ref.id }, data: { displayName: null, email: null } });
    const commitments = await tx.boycottCommitment.updateMany({ where: { actionId: ref.id }, data: { email: null } });
    await recordAudit(tx, {
      actorId: user.id,
      verb: "action.compromise",
      targetType: "Action",
      targetId: ref.id,
      chapterId: ref.chapterId,
      before: { locationPrivacy: row.locationPrivacy },
      after: { locationPrivacy: "APPROXIMATE", purged: { rsvps: rsvps.count, pledges: pledges.count, commitments: commitments.count }, recipients: recipients.length },
      reason: message,
    });
    const notified = await queueMailEach(tx, recipients, (locale) => actionCompromisedMail({ locale, title: row.title, url: actionUrl(locale, row.slug), message }));
    return { ref, row, notified };
  });
  nudgeWorker();
  return { id: done.ref.id, slug: done.row.slug, status: done.row.status, notified: done.notified };
}
