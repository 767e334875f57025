import { icsLocal, icsOffset, offsetMinutes } from "./zone-time";

const DAY_MS = 86_400_000;

type Transition = { at: Date; from: number; to: number };

/** Offset changes of `timeZone` between two instants, found by daily steps then bisection to the second. */
export function transitions(timeZone: string, start: Date, end: Date): Transition[] {
  const out: Transition[] = [];
  let t = start.getTime();
  let offset = offsetMinutes(start, timeZone);
  while (t < end.getTime()) {
    const next = Math.min(t + DAY_MS, end.getTime());
    const nextOffset = offsetMinutes(new Date(next), timeZone);
    if (nextOffset !== offset) {
      let lo = t;
      let hi = next;
      while (hi - lo > 1000) {
        const mid = Math.floor((lo + hi) / 2 / 1000) * 1000;
        if (offsetMinutes(new Date(mid), timeZone) === offset) lo = mid;
        else hi = mid;
      }
      out.push({ at: new Date(hi), from: offset, to: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return out;
}

/**
 * A VTIMEZONE with one observance per actual change in the years the events span (no RRULEs to
 * get wrong), derived from the runtime's time zone database.
 */
export function vtimezone(timeZone: string, events: { startsAt: Date; endsAt: Date }[]): string[] {
  const first = Math.min(...events.map((e) => e.startsAt.getTime()));
  const last = Math.max(...events.map((e) => e.endsAt.getTime()));
  const start = new Date(Date.UTC(new Date(first).getUTCFullYear() - 1, 0, 1));
  const end = new Date(Date.UTC(new Date(last).getUTCFullYear() + 1, 11, 31));
  const initial = offsetMinutes(start, timeZone);
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  const observance = (kind: "STANDARD" | "DAYLIGHT", at: Date, from: number, to: number) => {
    lines.push(`BEGIN:${kind}`, `DTSTART:${localIn(at, from)}`, `TZOFFSETFROM:${icsOffset(from)}`, `TZOFFSETTO:${icsOffset(to)}`, `END:${kind}`);
  };
  observance("STANDARD", start, initial, initial);
  for (const tr of transitions(timeZone, start, end)) observance(tr.to > tr.from ? "DAYLIGHT" : "STANDARD", tr.at, tr.from, tr.to);
  lines.push("END:VTIMEZONE");
  return lines;
}

/** An observance's DTSTART is the local time of the change as read in the old offset. */
function localIn(at: Date, offset: number): string {
  const local = new Date(at.getTime() + offset * 60_000);
  return icsLocal({
    year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(),
    hour: local.getUTCHours(), minute: local.getUTCMinutes(), second: local.getUTCSeconds(),
  });
}
