import type { Locale } from "../../i18n/locales";
import { createTranslator } from "../../i18n/translate";
import { renderMail } from "./layout";

/** The sign-in link mail, in the language the person used on the sign-in form. */
export function magicLinkMail({ locale, url, expiresMinutes }: { locale: Locale; url: string; expiresMinutes: number }) {
  const t = createTranslator(locale);
  return {
    subject: t("auth.mail.subject"),
    ...renderMail({
      locale,
      intro: [t("auth.mail.greeting"), t("auth.mail.intro")],
      action: { label: t("auth.mail.button"), url },
      outro: [t("auth.mail.expires", { count: expiresMinutes }), t("auth.mail.ignore")],
      signature: t("auth.mail.signature"),
    }),
  };
}
