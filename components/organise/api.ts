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

/** A field message: our catalogue keys are translated, anything else falls back to a generic hint. */
export function fieldText(t: Translate, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return t((message.startsWith("organise.errors.") ? message : "organise.errors.invalid") as MessageKey);
}
