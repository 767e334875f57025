import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./locales";
import { createTranslator } from "./translate";

/** Validates the [locale] segment; anything else is a 404, never a fallback that hides typos. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

export async function pageTranslator(params: Promise<{ locale: string }>) {
  const locale = await pageLocale(params);
  return { locale, t: createTranslator(locale) };
}
