import type { Locale } from "../../i18n/locales";
import { createTranslator } from "../../i18n/translate";

export type ModerationMailInput = { locale: Locale; title: string; url: string; text: string };

/** Sent to the organiser when an admin publishes their action. */
export function actionApprovedMail({ locale, title, url }: ModerationMailInput) {
  const t = createTranslator(locale);
  return {
    subject: t("admin.mail.approved.subject", { title }),
    text: [t("admin.mail.greeting"), "", t("admin.mail.approved.body", { title }), "", url, "", t("admin.mail.signature")].join("\n"),
  };
}
