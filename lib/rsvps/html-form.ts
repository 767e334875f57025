import { formInt, formText, type HtmlFormSpec } from "../api/html-form";
import { HONEYPOT_FIELD } from "../abuse/honeypot";

/**
 * The RSVP form without JavaScript: guest (name + email) or signed in. The page learns the
 * status, the waitlist position and whether a confirmation with the cancel link was mailed;
 * the cancel code itself stays out of the URL (it is in that mail).
 */
export const rsvpHtmlForm: HtmlFormSpec<Record<string, unknown>> = {
  name: "rsvp",
  body: (f) => ({
    name: formText(f, "name"),
    email: formText(f, "email"),
    guests: formInt(f, "guests") ?? 0,
    locale: formText(f, "locale"),
    [HONEYPOT_FIELD]: f.get(HONEYPOT_FIELD) ?? "",
  }),
  outcome: (answer, status) => ({
    rsvp: String(answer.status ?? ""),
    ...(typeof answer.position === "number" ? { position: String(answer.position) } : {}),
    ...(answer.cancelToken ? { mailed: "1" } : {}),
    ...(status === 200 ? { again: "1" } : {}),
  }),
};
