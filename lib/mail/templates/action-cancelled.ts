import type { Locale } from "../../i18n/locales";
import { createTranslator } from "../../i18n/translate";

export type CancelMailInput = { locale: Locale; title: string; chapter: string; message: string; url: string };

/** Sent to everyone taking part, one by one, with the organisers' own words. */
export function actionCancelledMail({ locale, title, chapter, message, url }: CancelMailInput) {
  const t = createTranslator(locale);
  return {
    subject: t("organise.mail.cancelled.subject", { title }),
    text: [
      t("organise.mail.greeting"),
      "",
      t("organise.mail.cancelled.body", { title, chapter }),
      "",
      `${t("organise.mail.messageLabel")}`,
      message,
      "",
      url,
      "",
      t("organise.mail.signature"),
    ].join("\n"),
  };
}
