"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { ApiError, type FieldErrors } from "@/components/api-client";

const KNOWN = ["VALIDATION", "BAD_REQUEST", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "INVALID_TRANSITION", "UNPROCESSABLE", "RATE_LIMITED"] as const;
type Known = (typeof KNOWN)[number];

/** Turns any failure into a sentence in the reader's language. */
export function useErrorText() {
  const { t } = useI18n();
  return (err: unknown): string => {
    const code = err instanceof ApiError ? err.code : "generic";
    return (KNOWN as readonly string[]).includes(code) ? t(`admin.errors.${code as Known}`) : t("admin.errors.generic");
  };
}

/** The first field the server refused, for aria-invalid and focus. */
export function fieldErrors(err: unknown): FieldErrors {
  return err instanceof ApiError ? err.fields : {};
}
