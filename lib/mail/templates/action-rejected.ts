import { createTranslator } from "../../i18n/translate";
import type { ModerationMailInput } from "./action-approved";

/** Sent to the organiser with the moderator's reason, in the organiser's language. */
export function actionRejectedMail({ locale, title, url, text }: ModerationMailInput) {
  const t = createTranslator(locale);
  return {
    subject: t("admin.mail.rejected.subject", { title }),
    text: [
      t("admin.mail.greeting"),
      "",
      t("admin.mail.rejected.body", { title }),
      "",
      `${t("admin.mail.reasonLabel")} ${text}`,
      "",
      t("admin.mail.rejected.next"),
      url,
      "",
      t("admin.mail.signature"),
    ].join("\n"),
  };
}
