import type { Locale } from "../../i18n/locales";
import { createTranslator } from "../../i18n/translate";

export type CompromisedMailInput = { locale: Locale; title: string; url: string; message: string | null };

/** The location is no longer safe: it is hidden and people are told not to go until they hear more. */
export function actionCompromisedMail({ locale, title, url, message }: CompromisedMailInput) {
  const t = createTranslator(locale);
  return {
    subject: t("organise.mail.compromised.subject", { title }),
    text: [
      t("organise.mail.greeting"),
      "",
      t("organise.mail.compromised.body", { title }),
      "",
      t("organise.mail.compromised.advice"),
      ...(message ? ["", t("organise.mail.messageLabel"), message] : []),
      "",
      url,
      "",
      t("organise.mail.signature"),
    ].join("\n"),
  };
}
