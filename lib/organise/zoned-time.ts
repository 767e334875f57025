/**
 * Wall-clock times in an IANA zone ⇄ UTC instants, with Intl only (runs in the browser too).
 * Organisers type times as they will read them on the street; we store the instant and the zone.
 */
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const DAY_MS = 86_400_000;
const ZONE_NAME = /^[A-Za-z][A-Za-z_-]*(\/[A-Za-z0-9_+-]+){0,2}$/;
const known = new Map<string, boolean>();

/**
 * Known IANA zone names: Intl's list, plus the aliases the runtime resolves (Node 20's ICU
 * lists Asia/Calcutta where browsers list Asia/Kolkata; both must be accepted everywhere).
 * Offsets like "+05:00" are refused: they ignore daylight saving.
 */
export function isKnownTimeZone(zone: string): boolean {
  if (!ZONE_NAME.test(zone)) return false;
  let ok = known.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    known.set(zone, ok);
  }
  return ok;
}

/** Zone names for the picker: the runtime's canonical list. */
export function timeZoneNames(): string[] {
  try {
    return Intl.supportedValuesOf("timeZone");
  } catch {
    return ["UTC"];
  }
}

export function isWallTime(value: string): boolean {
  const m = LOCAL_RE.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1, 6).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60;
}

/** Milliseconds the zone is ahead of UTC at the given instant. */
function zoneOffsetMs(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/** Floating wall time ("2026-03-29T18:00") as if it were UTC: used for arithmetic on wall clocks. */
export function wallTimeToFloating(local: string): number | null {
  if (!isWallTime(local)) return null;
  const m = LOCAL_RE.exec(local)!;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0));
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

export function floatingToWallTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16);
}

/**
 * The instant a wall time in `zone` denotes. A time skipped by a spring-forward change moves
 * forward by the gap; an ambiguous autumn time takes the first (summer-time) reading.
 */
export function wallTimeToUtc(local: string, zone: string): Date | null {
  const floating = wallTimeToFloating(local);
  if (floating === null || !isKnownTimeZone(zone)) return null;
  // Offsets a day either side bracket any change; a valid reading matches its own offset.
  const candidates = [zoneOffsetMs(floating - DAY_MS, zone), zoneOffsetMs(floating + DAY_MS, zone)].map((o) => floating - o);
  const valid = candidates.filter((c) => zoneOffsetMs(c, zone) === floating - c);
  const instant = valid.length ? Math.min(...valid) : candidates[0];
  return new Date(instant);
}

/** "YYYY-MM-DDTHH:mm" as shown on a wall clock in `zone` (the value of a datetime-local input). */
export function utcToWallTime(date: Date | string, zone: string): string {
  const instant = new Date(date).getTime();
  return floatingToWallTime(instant + zoneOffsetMs(instant, zone));
}
