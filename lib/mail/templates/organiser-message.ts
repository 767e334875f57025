import type { Locale } from "../../i18n/locales";
import { createTranslator } from "../../i18n/translate";

export type OrganiserMessageInput = { locale: Locale; title: string; chapter: string; subject: string; body: string; url: string };

/** Organisers' own words to the people taking part; each gets a separate message. */
export function organiserMessageMail({ locale, title, chapter, subject, body, url }: OrganiserMessageInput) {
  const t = createTranslator(locale);
  return {
    subject: `[${title}] ${subject}`,
    text: [t("organise.mail.fromOrganisers", { chapter, title }), "", body, "", url, "", t("organise.mail.whyYouGetThis")].join("\n"),
  };
}
