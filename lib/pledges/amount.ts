import { currencyMinorUnits } from "../i18n/format";

/** "12,50" and "12.50" both mean twelve and a half; returns minor units, or null when it is not a positive amount. */
export function toMinor(text: string, currency: string): number | null {
  const n = Number(text.trim().replace(/\s/g, "").replace(",", "."));
  if (!text.trim() || !Number.isFinite(n) || n <= 0) return null;
  return Math.round(n * 10 ** currencyMinorUnits(currency));
}
