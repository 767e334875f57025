import { createTranslator } from "../../i18n/translate";
import { cancelLines, compose, detailLines, type ParticipationMailInput, type RenderedMail } from "./participation-common";

/** Right after an RSVP: going (with the guests counted) or waitlisted with the position. */
export function rsvpConfirmationMail(m: ParticipationMailInput & { status: "GOING" | "WAITLISTED" }): RenderedMail {
  const t = createTranslator(m.locale);
  if (m.status === "WAITLISTED") {
    return compose(m, t("mail.rsvpWaitlisted.subject", { title: m.title }), (tt) => [
      tt("mail.rsvpWaitlisted.body", { title: m.title, position: m.position ?? 1 }),
      "",
      ...detailLines(tt, m),
      "",
      ...cancelLines(tt, m),
    ]);
  }
  return compose(m, t("mail.rsvpGoing.subject", { title: m.title }), (tt) => [
    tt("mail.rsvpGoing.body", { title: m.title }),
    ...(m.guests > 0 ? [tt("mail.rsvpGoing.guests", { count: m.guests })] : []),
    "",
    ...detailLines(tt, m),
    "",
    ...cancelLines(tt, m),
  ]);
}
