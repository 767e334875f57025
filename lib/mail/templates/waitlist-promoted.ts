import { createTranslator } from "../../i18n/translate";
import { cancelLines, compose, detailLines, type ParticipationMailInput, type RenderedMail } from "./participation-common";

/** A place opened up and this waitlisted RSVP is now GOING. */
export function waitlistPromotedMail(m: ParticipationMailInput): RenderedMail {
  const t = createTranslator(m.locale);
  return compose(m, t("mail.promoted.subject", { title: m.title }), (tt) => [
    tt("mail.promoted.body", { title: m.title }),
    "",
    ...detailLines(tt, m),
    "",
    ...cancelLines(tt, m),
  ]);
}
