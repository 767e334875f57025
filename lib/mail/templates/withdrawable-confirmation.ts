import type { Locale } from "../../i18n/locales";
import { createTranslator } from "../../i18n/translate";
import type { RenderedMail } from "./participation-common";

/** A guest joined a boycott or pledged to a drive with their email: thanks, and the link to withdraw later. */
export function withdrawableConfirmationMail(kind: "commitment" | "pledge", m: { locale: Locale; title: string; actionUrl: string; withdrawUrl: string }): RenderedMail {
  const t = createTranslator(m.locale);
  return {
    subject: t(`mail.${kind}.subject`, { title: m.title }),
    text: [
      t("mail.greeting"),
      "",
      t(`mail.${kind}.body`, { title: m.title }),
      t("mail.actionLink", { url: m.actionUrl }),
      "",
      t(`mail.${kind}.withdrawLink`, { url: m.withdrawUrl }),
      "",
      t("mail.privacy"),
      "",
      t("mail.signature"),
    ].join("\n"),
  };
}
