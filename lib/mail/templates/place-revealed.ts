import { createTranslator } from "../../i18n/translate";
import { cancelLines, compose, detailLines, type ParticipationMailInput, type RenderedMail } from "./participation-common";

/** REVEAL_TO_ATTENDEES: the exact place, mailed to GOING attendees when the reveal time comes. */
export function placeRevealedMail(m: ParticipationMailInput): RenderedMail {
  const t = createTranslator(m.locale);
  return compose(m, t("mail.reveal.subject", { title: m.title }), (tt) => [
    tt("mail.reveal.body", { title: m.title }),
    "",
    ...detailLines(tt, m),
    "",
    ...cancelLines(tt, m),
  ]);
}
