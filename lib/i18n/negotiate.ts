import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";

/**
 * Languages a browser names that one of ours serves: Chinese of any region reads the
 * Traditional-script interface (the alliance's Chinese readers are in Hong Kong and Taiwan),
 * Filipino is Tagalog, and Brazilian and European Portuguese share one.
 */
const SERVED_BY = new Map<string, string>([["zh", "zh-Hant"], ["fil", "tl"]]);

/** The interface language for one tag ("zh-HK" → "zh-Hant", "fr-CA" → "fr"), if we have one. */
function localeFor(tag: string): Locale | undefined {
  const lower = tag.toLowerCase();
  const exact = LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split("-")[0];
  const wanted = SERVED_BY.get(base) ?? base;
  return LOCALES.find((l) => l.toLowerCase() === wanted.toLowerCase());
}

/** Picks the best supported locale from an Accept-Language header (q-values respected). */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { locale: localeFor(tag.trim()), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.quality > 0 && r.locale)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked[0]?.locale ?? DEFAULT_LOCALE;
}
