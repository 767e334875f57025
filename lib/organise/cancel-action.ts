import type { CurrentUser } from "../auth/current-user";
import { recordAudit } from "../audit/record";
import { transition } from "../actions/state-machine";
import { getDb } from "../db";
import { nudgeWorker } from "../jobs/nudge";
import { AppError } from "../errors";
import { actionCancelledMail } from "../mail/templates/action-cancelled";
import { lockAction } from "./access";
import { queueMailEach } from "./notify";
import { actionUrl } from "./place-text";
import { actionRecipients } from "./recipients";

/** Cancels with a message that goes, one mail each, to everyone taking part who left an address. */
export async function cancelAction(user: CurrentUser, idOrSlug: string, message: string, now = new Date()) {
  const db = await getDb();
  const done = await db.$transaction(async (tx) => {
    const ref = await lockAction(tx, user, idOrSlug, "action.cancel");
    const row = await tx.action.findUniqueOrThrow({
      where: { id: ref.id },
      select: { slug: true, title: true, status: true, chapter: { select: { name: true } } },
    });
    const to = transition("cancel", row.status, "CANCELLED");
    const { count } = await tx.action.updateMany({
      where: { id: ref.id, status: row.status },
      data: { status: to, cancelledAt: now, cancelMessage: message },
    });
    if (count === 0) throw new AppError("INVALID_TRANSITION", "The action changed meanwhile; reload and try again");
    const recipients = await actionRecipients(tx, ref.id);
    await recordAudit(tx, {
      actorId: user.id,
      verb: "action.cancel",
      targetType: "Action",
      targetId: ref.id,
      chapterId: ref.chapterId,
      before: { status: row.status },
      after: { status: to, recipients: recipients.length },
      reason: message,
    });
    const notified = await queueMailEach(tx, recipients, (locale) =>
      actionCancelledMail({ locale, title: row.title, chapter: row.chapter.name, message, url: actionUrl(locale, row.slug) }),
    );
    return { ref, row, notified };
  });
  nudgeWorker();
  return { id: done.ref.id, slug: done.row.slug, status: "CANCELLED", notified: done.notified };
}
