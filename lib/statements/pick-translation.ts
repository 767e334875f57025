import type { Locale } from "../i18n/locales";

type WithLocale = { locale: string };

/** The reader's language if translated, else the statement's source language (and say so). */
export function pickTranslation<T extends WithLocale>(
  translations: T[],
  locale: Locale,
  sourceLocale: string,
): { translation: T; isFallback: boolean } | null {
  const exact = translations.find((t) => t.locale === locale);
  if (exact) return { translation: exact, isFallback: false };
  const source = translations.find((t) => t.locale === sourceLocale) ?? translations[0];
  return source ? { translation: source, isFallback: true } : null;
}
