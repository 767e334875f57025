import { getDb } from "../db";
import { appUrl } from "../env";
import { isLocale, type Locale } from "../i18n/locales";
import { sendMail, type Mail } from "../mail/send";
import { actionApprovedMail } from "../mail/templates/action-approved";
import { actionRejectedMail } from "../mail/templates/action-rejected";
import { changesRequestedMail } from "../mail/templates/changes-requested";

export type Outcome = "approved" | "rejected" | "changes";

/**
 * Tells whoever submitted the action (or, if that account is gone, the chapter's organisers) in
 * their own language. Runs after the commit: a mail server hiccup must not undo a decision.
 */
export async function notifyOrganisers(actionId: string, outcome: Outcome, text = ""): Promise<void> {
  try {
    const db = await getDb();
    const action = await db.action.findUnique({
      where: { id: actionId },
      select: {
        id: true,
        slug: true,
        title: true,
        chapterId: true,
        createdBy: { select: { email: true, locale: true, suspendedAt: true } },
      },
    });
    if (!action) return;
    let people = action.createdBy?.email && !action.createdBy.suspendedAt ? [action.createdBy] : [];
    if (people.length === 0) {
      const organisers = await db.chapterMembership.findMany({
        where: { chapterId: action.chapterId, role: "ORGANISER", user: { suspendedAt: null } },
        select: { user: { select: { email: true, locale: true, suspendedAt: true } } },
      });
      people = organisers.map((m) => m.user);
    }
    for (const person of people) {
      if (!person.email) continue;
      const locale: Locale = isLocale(person.locale) ? person.locale : "en";
      // Only an approved action has a public page; the others are fixed in the organiser workspace.
      const url = outcome === "approved" ? `${appUrl()}/${locale}/actions/${action.slug}` : `${appUrl()}/${locale}/organise/actions/${action.id}`;
      const input = { locale, title: action.title, url, text };
      const mail: Omit<Mail, "to"> =
        outcome === "approved" ? actionApprovedMail(input) : outcome === "rejected" ? actionRejectedMail(input) : changesRequestedMail(input);
      await sendMail({ ...mail, to: person.email });
    }
  } catch (err) {
    console.error("[moderation] could not notify organisers", err);
  }
}
