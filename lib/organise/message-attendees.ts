import type { CurrentUser } from "../auth/current-user";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { nudgeWorker } from "../jobs/nudge";
import { organiserMessageMail } from "../mail/templates/organiser-message";
import { authoriseAction } from "./access";
import { queueMailEach } from "./notify";
import { actionUrl } from "./place-text";
import { actionRecipients, type Audience } from "./recipients";

export type MessageRequest = { subject: string; body: string; audience: Audience };

/** Mails the organisers' message to each person separately; the log keeps who sent how many, not the words. */
export async function messageAttendees(user: CurrentUser, idOrSlug: string, msg: MessageRequest) {
  const db = await getDb();
  const done = await db.$transaction(async (tx) => {
    const ref = await authoriseAction(tx, user, idOrSlug, "action.attendees.message");
    const row = await tx.action.findUniqueOrThrow({ where: { id: ref.id }, select: { slug: true, title: true, chapter: { select: { name: true } } } });
    const recipients = await actionRecipients(tx, ref.id, msg.audience);
    await recordAudit(tx, {
      actorId: user.id,
      verb: "action.message",
      targetType: "Action",
      targetId: ref.id,
      chapterId: ref.chapterId,
      after: { audience: msg.audience, recipients: recipients.length },
      reason: msg.subject,
    });
    return queueMailEach(tx, recipients, (locale) =>
      organiserMessageMail({ locale, title: row.title, chapter: row.chapter.name, subject: msg.subject, body: msg.body, url: actionUrl(locale, row.slug) }),
    );
  });
  nudgeWorker();
  return { sent: done };
}
