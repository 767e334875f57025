import type { Locale } from "./locales";

/** Dates are always shown in the action's own zone, with the zone named, so nobody shows up an hour early. */
export function formatDateTime(date: Date | string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "full",
    timeStyle: "short",
    timeZone,
  }).format(new Date(date)) + ` (${zoneLabel(date, locale, timeZone)})`;
}

export function formatDateRange(start: Date | string, end: Date | string, locale: Locale, timeZone: string): string {
  const fmt = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  return `${fmt.formatRange(new Date(start), new Date(end))} (${zoneLabel(start, locale, timeZone)})`;
}

export function zoneLabel(date: Date | string, locale: Locale, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" }).formatToParts(new Date(date));
  const name = parts.find((p) => p.type === "timeZoneName")?.value ?? timeZone;
  return name === timeZone ? name : `${name}, ${timeZone}`;
}

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** Money is stored in minor units; the currency decides how many decimals that is. */
export function formatMoney(minor: number, currency: string, locale: Locale): string {
  const fmt = new Intl.NumberFormat(locale, { style: "currency", currency });
  const digits = fmt.resolvedOptions().maximumFractionDigits ?? 2;
  return fmt.format(minor / 10 ** digits);
}
