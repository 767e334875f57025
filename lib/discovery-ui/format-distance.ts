import type { Locale } from "../i18n/locales";

/** "2.3 km" / "٢٫٣ كم": the number and the unit both follow the reader's locale. */
export function formatDistanceKm(km: number, locale: Locale): string {
  const digits = km < 10 ? 1 : 0;
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: "kilometer",
    unitDisplay: "short",
    maximumFractionDigits: digits,
  }).format(km);
}
