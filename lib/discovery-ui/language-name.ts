import { displayNames } from "../i18n/intl-cache";
import type { Locale } from "../i18n/locales";

/** A language code named in the reader's language ("tl" → "Tagalog" / "tagalog" / "التاغالوغية"). */
export function languageName(code: string, locale: Locale): string {
  try {
    return displayNames(locale, { type: "language", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function regionName(code: string, locale: Locale): string {
  try {
    return displayNames(locale, { type: "region", fallback: "code" }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
