import { describe, expect, it } from "vitest";
import { isKnownTimeZone, utcToWallTime, wallTimeToUtc } from "@/lib/organise/zoned-time";
import { nearestTimeZone } from "@/lib/organise/zone-lookup";
import { seriesOccurrences } from "@/lib/organise/series";

describe("wall times in IANA zones", () => {
  it.each([
    ["2026-07-01T18:00", "Europe/London", "2026-07-01T17:00:00.000Z"],
    ["2026-01-01T18:00", "Europe/London", "2026-01-01T18:00:00.000Z"],
    ["2026-06-01T09:00", "Asia/Hong_Kong", "2026-06-01T01:00:00.000Z"],
    ["2026-06-01T09:00", "Asia/Kolkata", "2026-06-01T03:30:00.000Z"],
  ])("%s in %s is %s and back", (wall, zone, utc) => {
    expect(wallTimeToUtc(wall, zone)?.toISOString()).toBe(utc);
    expect(utcToWallTime(utc, zone)).toBe(wall);
  });

  it("moves a time skipped by spring-forward past the gap, and reads an ambiguous one as summer time", () => {
    expect(utcToWallTime(wallTimeToUtc("2026-03-08T02:30", "America/New_York")!, "America/New_York")).toBe("2026-03-08T03:30");
    expect(wallTimeToUtc("2026-10-25T01:30", "Europe/London")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("knows real zones and their aliases, not invented ones or fixed offsets", () => {
    expect(["Europe/London", "Asia/Kolkata", "Asia/Calcutta", "UTC"].every(isKnownTimeZone)).toBe(true);
    expect(["Mars/Olympus", "+05:00", "", "Europe/../etc"].some(isKnownTimeZone)).toBe(false);
  });

  it("rejects impossible wall times", () => {
    expect(wallTimeToUtc("2026-02-30T10:00", "Europe/London")).toBeNull();
    expect(wallTimeToUtc("2026-02-10 10:00", "Europe/London")).toBeNull();
  });

  it("defaults the zone from the nearest reference city", () => {
    expect(nearestTimeZone(22.28, 114.16)).toBe("Asia/Hong_Kong");
    expect(nearestTimeZone(51.5, -0.12)).toBe("Europe/London");
    expect(nearestTimeZone(-33.87, 151.2)).toBe("Australia/Sydney");
    expect(nearestTimeZone(34.05, -118.25)).toBe("America/Los_Angeles");
  });

  it("keeps a weekly series at the same local time across DST", () => {
    const dates = seriesOccurrences("2026-03-25T18:00", "2026-03-25T19:30", "Europe/Paris", { freq: "WEEKLY", count: 2 });
    expect(dates.map((d) => d.startsAt.toISOString())).toEqual(["2026-03-25T17:00:00.000Z", "2026-04-01T16:00:00.000Z"]);
    expect(dates.map((d) => d.endWall)).toEqual(["2026-03-25T19:30", "2026-04-01T19:30"]);
  });
});
