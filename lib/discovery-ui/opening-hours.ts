import { isolate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const DAY = "(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?";
const DASH = "\\s*[–—-]\\s*";
const TIME = "(\\d{1,2})[:.](\\d{2})";
const DAY_ITEM = new RegExp(`^${DAY}(?:${DASH}${DAY})?$`, "i");
const GROUP = new RegExp(`^(.+?)\\s+${TIME}${DASH}${TIME}$`, "i");

type Days = "daily" | [number, number][];
type OpeningSpan = { days: Days; from: [number, number]; to: [number, number] };

function parseDays(text: string): Days | null {
  if (/^(daily|every day)$/i.test(text)) return "daily";
  const items: [number, number][] = [];
  for (const part of text.split(/\s*(?:,|&|\band\b)\s*/i)) {
    const m = DAY_ITEM.exec(part.trim());
    if (!m) return null;
    const a = DAYS.indexOf(m[1].toLowerCase());
    items.push([a, m[2] ? DAYS.indexOf(m[2].toLowerCase()) : a]);
  }
  return items;
}

const time = (h: string, m: string): [number, number] | null => (Number(h) < 24 && Number(m) < 60 ? [Number(h), Number(m)] : null);

/**
 * Opening hours written the usual English way ("Mon–Fri 18:00–21:00, Sat 10:00–16:00"), read
 * into days and times so they can be said in any language; null for anything else.
 */
export function parseOpeningHours(raw: string): OpeningSpan[] | null {
  const groups = raw.split(/\s*[;,]\s*(?=(?:daily|every day|mon|tue|wed|thu|fri|sat|sun))/i);
  const spans: OpeningSpan[] = [];
  for (const group of groups) {
    const m = GROUP.exec(group.trim());
    const days = m ? parseDays(m[1]) : null;
    const from = m ? time(m[2], m[3]) : null;
    const to = m ? time(m[4], m[5]) : null;
    if (!days || !from || !to) return null;
    spans.push({ days, from, to });
  }
  return spans.length ? spans : null;
}

/** Parsed hours with the locale's day names, clock and lists; text we cannot read is kept, isolated. */
export function formatOpeningHours(raw: string, locale: Locale, daily: string): string {
  const spans = parseOpeningHours(raw);
  if (!spans) return isolate(raw);
  // 1 January 2024 was a Monday; UTC so no zone shifts the day or the hour.
  const day = (i: number) => new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }).format(Date.UTC(2024, 0, 1 + i));
  const clock = new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone: "UTC" });
  const at = ([h, m]: [number, number]) => new Date(Date.UTC(2024, 0, 1, h, m));
  const and = new Intl.ListFormat(locale, { type: "conjunction" });
  const list = new Intl.ListFormat(locale, { type: "unit", style: "short" });
  return list.format(
    spans.map(({ days, from, to }) => {
      const when = days === "daily" ? daily : and.format(days.map(([a, b]) => (a === b ? day(a) : `${day(a)}–${day(b)}`)));
      return `${when} ${isolate(clock.formatRange(at(from), at(to)))}`;
    }),
  );
}
