import type { z } from "zod";
import type { FieldErrors } from "../errors";
import type { Locale } from "../i18n/locales";
import { createTranslator, type MessageKey } from "../i18n/translate";

/** One refused field as the API answers it: a stable code for programs, a sentence for people. */
export type FieldIssue = { code: string; message: string };

const GENERIC = "common.fieldErrors.";
const CATALOGUE_KEY = /^[a-z][A-Za-z]*(\.[A-Za-z]+)+$/;

/**
 * Services name what is wrong with a field by catalogue key (`organise.errors.tooShort`,
 * `common.fieldErrors.notAnItem`); the answer carries the key's last segment as the code and the
 * message in the request's language. Anything else (an English sentence from an older rule)
 * becomes the generic "invalid".
 */
export function describeFields(fields: FieldErrors, locale: Locale): Record<string, FieldIssue> {
  const t = createTranslator(locale);
  const out: Record<string, FieldIssue> = {};
  for (const [field, messages] of Object.entries(fields)) {
    const first = messages[0] ?? "";
    const key = (CATALOGUE_KEY.test(first) ? first : `${GENERIC}invalid`) as MessageKey;
    const message = t(key);
    out[field] = message === key ? { code: "invalid", message: t(`${GENERIC}invalid` as MessageKey) } : { code: key.split(".").pop()!, message };
  }
  return out;
}

/** The catalogue key for a zod issue: the schema's own key when it gave one, else a generic one by kind. */
export function issueKey(issue: z.core.$ZodIssue): string {
  if (CATALOGUE_KEY.test(issue.message)) return issue.message;
  const numeric = "origin" in issue && (issue.origin === "number" || issue.origin === "int" || issue.origin === "bigint");
  switch (issue.code) {
    case "invalid_type":
      // zod 4 keeps the input out of issues unless asked; its default message names what it got.
      return `${GENERIC}${/received undefined$/.test(issue.message) ? "required" : "invalid"}`;
    case "too_small":
      return `${GENERIC}${numeric ? "tooSmall" : "tooShort"}`;
    case "too_big":
      return `${GENERIC}${numeric ? "tooBig" : "tooLong"}`;
    case "invalid_format":
      return `${GENERIC}${issue.format === "email" ? "email" : "format"}`;
    default:
      return `${GENERIC}invalid`;
  }
}
