import { createTranslator } from "../../i18n/translate";
import type { ModerationMailInput } from "./action-approved";

/** Sent when a moderator sends an action back to draft with a note. */
export function changesRequestedMail({ locale, title, url, text }: ModerationMailInput) {
  const t = createTranslator(locale);
  return {
    subject: t("admin.mail.changes.subject", { title }),
    text: [
      t("admin.mail.greeting"),
      "",
      t("admin.mail.changes.body", { title }),
      "",
      `${t("admin.mail.noteLabel")} ${text}`,
      "",
      t("admin.mail.changes.next"),
      url,
      "",
      t("admin.mail.signature"),
    ].join("\n"),
  };
}
