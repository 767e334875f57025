import { createTranslator } from "../../i18n/translate";
import { cancelLines, compose, detailLines, type ParticipationMailInput, type RenderedMail } from "./participation-common";

/** A day before, to everyone GOING; includes the place if it has been revealed by then. */
export function reminderMail(m: ParticipationMailInput): RenderedMail {
  const t = createTranslator(m.locale);
  return compose(m, t("mail.reminder.subject", { title: m.title }), (tt) => [
    tt("mail.reminder.body", { title: m.title }),
    "",
    ...detailLines(tt, m),
    tt("mail.reminder.safety"),
    "",
    ...cancelLines(tt, m),
  ]);
}
