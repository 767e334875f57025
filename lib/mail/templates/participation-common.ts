import { formatDateRange, formatDateTime } from "../../i18n/format";
import type { Locale } from "../../i18n/locales";
import { createTranslator, type Translate } from "../../i18n/translate";

/** Everything a participation mail may say; built by lib/rsvps/mail-jobs.ts from the rows. */
export type ParticipationMailInput = {
  locale: Locale;
  name: string | null;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  onlineUrl: string | null;
  /** `exact` marks a revealed hidden place; `laterAt` says when it will be mailed. */
  place: { where: string | null; exact: boolean; laterAt: Date | null };
  actionUrl: string;
  /** Guests: the one-click cancel link (only in the first mail, which carries their code). */
  cancelUrl: string | null;
  /** Account holders cancel from their RSVPs page. */
  accountUrl: string | null;
  guests: number;
  position?: number;
};

export type RenderedMail = { subject: string; text: string };

/** The shared block: when (in the action's zone), where or when the place comes, links, privacy. */
export function detailLines(t: Translate, m: ParticipationMailInput): string[] {
  const lines = [t("mail.when", { when: formatDateRange(m.startsAt, m.endsAt, m.locale, m.timeZone) })];
  if (m.place.where) lines.push(m.place.exact ? t("mail.exactPlace", { where: m.place.where }) : t("mail.where", { where: m.place.where }));
  else if (m.place.laterAt) lines.push(t("mail.placeLater", { when: formatDateTime(m.place.laterAt, m.locale, m.timeZone) }));
  if (m.onlineUrl) lines.push(t("mail.online", { url: m.onlineUrl }));
  lines.push(t("mail.actionLink", { url: m.actionUrl }));
  return lines;
}

export function cancelLines(t: Translate, m: ParticipationMailInput): string[] {
  if (m.cancelUrl) return [t("mail.cancelLink", { url: m.cancelUrl })];
  if (m.accountUrl) return [t("mail.cancelAccount", { url: m.accountUrl })];
  return [];
}

export function compose(m: ParticipationMailInput, subject: string, body: (t: Translate) => string[]): RenderedMail {
  const t = createTranslator(m.locale);
  const greeting = m.name ? t("mail.greetingName", { name: m.name }) : t("mail.greeting");
  const text = [greeting, "", ...body(t), "", t("mail.privacy"), "", t("mail.signature")].join("\n");
  return { subject, text };
}
