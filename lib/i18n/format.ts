import { dateTimeFormat, numberFormat } from "./intl-cache";
import { textDirection, type Locale } from "./locales";

/** Dates are always shown in the action's own zone, with the zone named, so nobody shows up an hour early. */
export function formatDateTime(date: Date | string, locale: Locale, timeZone: string): string {
  return dateTimeFormat(locale, { dateStyle: "full", timeStyle: "short", timeZone }).format(new Date(date)) + ` (${zoneLabel(date, locale, timeZone)})`;
}

export function formatDateRange(start: Date | string, end: Date | string, locale: Locale, timeZone: string): string {
  const fmt = dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  return `${fmt.formatRange(new Date(start), new Date(end))} (${zoneLabel(start, locale, timeZone)})`;
}

export function zoneLabel(date: Date | string, locale: Locale, timeZone: string): string {
  const parts = dateTimeFormat(locale, { timeZone, timeZoneName: "short" }).formatToParts(new Date(date));
  const name = parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  const zone = ltrRun(timeZone, locale);
  return name === timeZone ? zone : `${name}, ${zone}`;
}

export function formatNumber(n: number, locale: Locale): string {
  return numberFormat(locale).format(n);
}

/** ISO 4217 minor units where they are not 2 (CLDR's display digits differ, e.g. IDR, so never use those). */
const MINOR_UNITS: Record<string, number> = {
  BHD: 3, BIF: 0, CLP: 0, DJF: 0, GNF: 0, IQD: 3, ISK: 0, JOD: 3, JPY: 0, KMF: 0, KRW: 0, KWD: 3,
  LYD: 3, OMR: 3, PYG: 0, RWF: 0, TND: 3, UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
};

export function currencyMinorUnits(currency: string): number {
  return MINOR_UNITS[currency.toUpperCase()] ?? 2;
}

/** Money is stored in minor units (ISO 4217), shown with the locale's symbols and separators. */
export function formatMoney(minor: number, currency: string, locale: Locale): string {
  const digits = currencyMinorUnits(currency);
  const fmt = numberFormat(locale, { style: "currency", currency, minimumFractionDigits: 0, maximumFractionDigits: digits });
  return fmt
    .formatToParts(minor / 10 ** digits)
    .map((p) => (p.type === "currency" ? ltrRun(p.value, locale) : p.value))
    .join("");
}

/**
 * First-strong isolate (FSI … PDI): the plain-text `<bdi>`. Amounts, codes and units put into a
 * sentence keep their own direction, so "HK$ 1,050" does not flip inside Arabic text.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * In right-to-left text a Latin run with neutral signs in it ("HK$", "Asia/Hong_Kong") breaks
 * apart ("$HK"); a left-to-right isolate (LRI … PDI) keeps it whole. Left-to-right text is untouched.
 */
function ltrRun(text: string, locale: Locale): string {
  return textDirection(locale) === "rtl" ? `\u2066${text}\u2069` : text;
}
