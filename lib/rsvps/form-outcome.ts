/**
 * What a no-JavaScript form's 303 says (lib/api/html-form.ts, app/api/withdrawals), read back
 * from the page's query: `{name}=…` on success, `{name}Error=CODE` (+ `fields`) on failure,
 * `withdrawn={name}` after an undo.
 */
export type FormOutcome = {
  value: string | null;
  position: number | null;
  mailed: boolean;
  again: boolean;
  error: string | null;
  fields: string[];
  withdrawn: boolean;
};

type SearchParams = Record<string, string | string[] | undefined>;

const one = (sp: SearchParams, key: string) => {
  const v = sp[key];
  return typeof v === "string" ? v : null;
};

export function formOutcome(sp: SearchParams, name: "rsvp" | "commitment" | "pledge", fieldNames: readonly string[]): FormOutcome | null {
  const value = one(sp, name);
  const error = one(sp, `${name}Error`);
  const withdrawn = one(sp, "withdrawn") === name;
  if (!value && !error && !withdrawn) return null;
  const position = Number(one(sp, "position"));
  return {
    value,
    position: Number.isInteger(position) && position > 0 ? position : null,
    mailed: one(sp, "mailed") === "1",
    again: one(sp, "again") === "1",
    error: error && /^[A-Z_]{1,40}$/.test(error) ? error : error ? "generic" : null,
    fields: (one(sp, "fields") ?? "").split(",").filter((f) => fieldNames.includes(f)),
    withdrawn,
  };
}
