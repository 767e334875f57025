/** What the no-JavaScript RSVP form's 303 says (see lib/rsvps/html-form.ts), read back from the page's query. */
export type RsvpFormOutcome = {
  status: "GOING" | "WAITLISTED" | null;
  position: number | null;
  mailed: boolean;
  again: boolean;
  error: string | null;
  fields: string[];
  /** Back from the no-JavaScript cancel (see app/api/withdrawals). */
  cancelled: boolean;
};

type SearchParams = Record<string, string | string[] | undefined>;

const one = (sp: SearchParams, key: string) => {
  const v = sp[key];
  return typeof v === "string" ? v : null;
};

export function rsvpFormOutcome(sp: SearchParams): RsvpFormOutcome | null {
  const status = one(sp, "rsvp");
  const error = one(sp, "rsvpError") ?? one(sp, "withdrawError");
  const cancelled = one(sp, "withdrawn") === "rsvp";
  if (status !== "GOING" && status !== "WAITLISTED" && !error && !cancelled) return null;
  const position = Number(one(sp, "position"));
  return {
    status: status === "GOING" || status === "WAITLISTED" ? status : null,
    position: Number.isInteger(position) && position > 0 ? position : null,
    mailed: one(sp, "mailed") === "1",
    again: one(sp, "again") === "1",
    error: error && /^[A-Z_]{1,40}$/.test(error) ? error : error ? "generic" : null,
    fields: (one(sp, "fields") ?? "").split(",").filter((f) => f === "name" || f === "email" || f === "guests"),
    cancelled,
  };
}
