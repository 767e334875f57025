import { RRule } from "rrule";
import { floatingToWallTime, wallTimeToFloating, wallTimeToUtc } from "./zoned-time";

export type Recurrence = { freq: "WEEKLY" | "MONTHLY"; count: number };
export type Occurrence = { startsAt: Date; endsAt: Date; startWall: string; endWall: string };

/**
 * The dates of a recurring action. rrule runs on "floating" wall-clock times (UTC fields read as
 * local), and each occurrence is then placed in the action's zone on its own, so a weekly 18:00
 * rally stays at 18:00 local on both sides of a daylight-saving change.
 */
export function seriesOccurrences(startWall: string, endWall: string, timeZone: string, recurrence: Recurrence): Occurrence[] {
  const start = wallTimeToFloating(startWall);
  const end = wallTimeToFloating(endWall);
  if (start === null || end === null) return [];
  const duration = end - start;
  const rule = new RRule({
    freq: recurrence.freq === "WEEKLY" ? RRule.WEEKLY : RRule.MONTHLY,
    count: recurrence.count,
    dtstart: new Date(start),
  });
  return rule.all().flatMap((floating) => {
    const s = floatingToWallTime(floating.getTime());
    const e = floatingToWallTime(floating.getTime() + duration);
    const startsAt = wallTimeToUtc(s, timeZone);
    const endsAt = wallTimeToUtc(e, timeZone);
    return startsAt && endsAt ? [{ startsAt, endsAt, startWall: s, endWall: e }] : [];
  });
}

/** What ActionSeries.rrule stores: the rule with its local start, as in iCalendar. */
export function seriesRule(startWall: string, timeZone: string, recurrence: Recurrence): string {
  const local = startWall.replace(/[-:]/g, "").slice(0, 13) + "00";
  return `DTSTART;TZID=${timeZone}:${local}\nRRULE:FREQ=${recurrence.freq};COUNT=${recurrence.count}`;
}
