import type { Prisma } from "../generated/prisma/client";
import { appUrl } from "../env";
import { isLocale, type Locale } from "../i18n/locales";
import type { Mail } from "../mail/send";
import { actionApprovedMail } from "../mail/templates/action-approved";
import { actionRejectedMail } from "../mail/templates/action-rejected";
import { changesRequestedMail } from "../mail/templates/changes-requested";
import { queueMailEach } from "../organise/notify";
import type { Recipient } from "../organise/recipients";

export type Outcome = "approved" | "rejected" | "changes";
type Tx = Prisma.TransactionClient;

/**
 * Tells whoever submitted the action (or, if that account is gone, the chapter's organisers) in
 * their own language. Queued in the decision's own transaction, like every organiser notice: the
 * mail exists exactly when the decision does, and the job worker retries a mail server hiccup
 * instead of losing the notice. Callers nudge the worker after commit.
 */
export async function queueModerationNotice(tx: Tx, actionId: string, outcome: Outcome, text = ""): Promise<number> {
  const action = await tx.action.findUnique({
    where: { id: actionId },
    select: { id: true, slug: true, title: true, chapterId: true, createdBy: { select: { email: true, locale: true, suspendedAt: true } } },
  });
  if (!action) return 0;
  let people = action.createdBy?.email && !action.createdBy.suspendedAt ? [action.createdBy] : [];
  if (people.length === 0) {
    const organisers = await tx.chapterMembership.findMany({
      where: { chapterId: action.chapterId, role: "ORGANISER", user: { suspendedAt: null } },
      select: { user: { select: { email: true, locale: true, suspendedAt: true } } },
    });
    people = organisers.map((m) => m.user);
  }
  const recipients: Recipient[] = people.flatMap((p) => (p.email ? [{ email: p.email, locale: isLocale(p.locale) ? p.locale : "en" }] : []));
  return queueMailEach(tx, recipients, (locale: Locale): Omit<Mail, "to"> => {
    // Only an approved action has a public page; the others are fixed in the organiser workspace.
    const url = outcome === "approved" ? `${appUrl()}/${locale}/actions/${action.slug}` : `${appUrl()}/${locale}/organise/actions/${action.id}`;
    const input = { locale, title: action.title, url, text };
    return outcome === "approved" ? actionApprovedMail(input) : outcome === "rejected" ? actionRejectedMail(input) : changesRequestedMail(input);
  });
}
