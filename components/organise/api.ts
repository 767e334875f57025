import { ApiError } from "@/components/api-client";
import type { MessageKey, Translate } from "@/lib/i18n/translator";

export { ApiError, apiFetch, apiUpload, type FieldErrors } from "@/components/api-client";

const CODES = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "INVALID_TRANSITION",
  "UNPROCESSABLE",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "RATE_LIMITED",
  "VALIDATION",
  "NETWORK",
]);

/** The banner text for an error, in the reader's language; never the server's English message. */
export function errorText(t: Translate, err: unknown): string {
  const code = err instanceof ApiError ? err.code : "generic";
  return t((CODES.has(code) ? `organise.errors.codes.${code}` : "organise.errors.codes.generic") as MessageKey);
}

/**
 * A field message: the form's own checks give catalogue keys, translated here; the server's
 * answer already carries its message in the page's language (api-client sends Accept-Language).
 */
export function fieldText(t: Translate, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return message.startsWith("organise.errors.") ? t(message as MessageKey) : message;
}
