import { escapeText, serialize } from "./ics-text";
import { vtimezone } from "./vtimezone";
import { icsLocal, icsUtc, isKnownZone, wallTime } from "./zone-time";

/** What a calendar may show of an action: public fields only, already decided by the caller. */
export type IcsEvent = {
  id: string;
  title: string;
  description: string;
  url: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  cancelled: boolean;
  /** Venue and address for EXACT locations, else only the area (city, country). */
  location: string | null;
  /** Only for EXACT locations. */
  geo: { lat: number; lng: number } | null;
  kind: string;
  updatedAt: Date;
};

export type Calendar = { name: string; uidDomain: string; events: IcsEvent[] };

const UTC_ZONES = new Set(["UTC", "Etc/UTC", "GMT", "Etc/GMT"]);

/**
 * An iCalendar document. Times are written in the action's own zone (TZID) with a VTIMEZONE built
 * from the real offset changes, so clients show the organiser's wall-clock time on both sides of
 * a DST change; UTC actions (or unknown zones) are written in UTC.
 */
export function buildCalendar(cal: Calendar): string {
  const zoned = (zone: string) => !UTC_ZONES.has(zone) && isKnownZone(zone);
  const zones = [...new Set(cal.events.map((e) => e.timeZone).filter(zoned))].sort();
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//mobilise//public calendar//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
  ];
  for (const zone of zones) lines.push(...vtimezone(zone, cal.events.filter((e) => e.timeZone === zone)));
  for (const e of cal.events) {
    const time = (name: string, date: Date) =>
      zoned(e.timeZone) ? `${name};TZID=${e.timeZone}:${icsLocal(wallTime(date, e.timeZone))}` : `${name}:${icsUtc(date)}`;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.id}@${cal.uidDomain}`,
      `DTSTAMP:${icsUtc(e.updatedAt)}`,
      `LAST-MODIFIED:${icsUtc(e.updatedAt)}`,
      time("DTSTART", e.startsAt),
      time("DTEND", e.endsAt),
      `SUMMARY:${escapeText(e.title)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      `URL:${e.url}`,
      `STATUS:${e.cancelled ? "CANCELLED" : "CONFIRMED"}`,
      `CATEGORIES:${escapeText(e.kind)}`,
    );
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.geo) lines.push(`GEO:${e.geo.lat};${e.geo.lng}`);
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return serialize(lines);
}
