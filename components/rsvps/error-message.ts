import type { MessageKey, Translate } from "@/lib/i18n/translator";
import { ApiError } from "@/components/api-client";

const KNOWN = new Set(["RATE_LIMITED", "CONFLICT", "ACTION_FULL", "NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED", "VALIDATION", "NETWORK"]);

/** A translated sentence for any failure; never the server's English text or a stack. */
export function errorMessage(err: unknown, t: Translate): string {
  return errorCodeText(t, err instanceof ApiError ? err.code : "generic");
}

/** The same for a bare error code (the no-JavaScript forms get theirs back in the URL). */
export function errorCodeText(t: Translate, code: string): string {
  return KNOWN.has(code) ? t(`rsvp.errors.${code}` as MessageKey) : t("rsvp.errors.generic");
}

/** Field errors from a 400 VALIDATION response, translated per field by the caller's namespace. */
export function fieldErrors(err: unknown, fields: readonly string[], message: (field: string) => string): Record<string, string> {
  if (!(err instanceof ApiError) || err.code !== "VALIDATION") return {};
  const out: Record<string, string> = {};
  for (const name of Object.keys(err.fields)) {
    const field = fields.includes(name) ? name : "_";
    out[field] ??= message(field);
  }
  return out;
}
