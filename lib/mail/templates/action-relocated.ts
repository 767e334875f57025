import { createTranslator } from "../../i18n/translate";
import { whenAndWhere, type ActionMailInput } from "./action-changed";

/** Rapid response: the action moves; everyone taking part hears about it at once. */
export function actionRelocatedMail(input: ActionMailInput & { message: string | null }) {
  const t = createTranslator(input.locale);
  return {
    subject: t("organise.mail.relocated.subject", { title: input.title }),
    text: [
      t("organise.mail.greeting"),
      "",
      t("organise.mail.relocated.body", { title: input.title }),
      "",
      ...whenAndWhere(t, input),
      ...(input.message ? ["", t("organise.mail.messageLabel"), input.message] : []),
      "",
      input.url,
      "",
      t("organise.mail.signature"),
    ].join("\n"),
  };
}
