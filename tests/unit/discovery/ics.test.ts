import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, type IcsEvent } from "@/lib/feeds/ics";
import { foldLine } from "@/lib/feeds/ics-text";
import { transitions } from "@/lib/feeds/vtimezone";

const HOUR = 3_600_000;

function event(id: string, startsAt: string, timeZone: string, extra: Partial<IcsEvent> = {}): IcsEvent {
  const start = new Date(startsAt);
  return {
    id, title: `Vigil ${id}`, description: "Bring candles; signs, and friends.\nSecond line", url: `https://example.org/en/actions/${id}`,
    startsAt: start, endsAt: new Date(start.getTime() + 2 * HOUR), timeZone, cancelled: false,
    location: "Parliament Square, London", geo: { lat: 51.5, lng: -0.127 }, kind: "RALLY", updatedAt: new Date("2026-10-01T00:00:00Z"),
    ...extra,
  };
}

function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const tz of cal.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("ICS", () => {
  // Weekly vigil at 18:00 London time; British Summer Time ends on Sunday 25 October 2026.
  const weekly = [
    event("w1", "2026-10-11T17:00:00Z", "Europe/London"),
    event("w2", "2026-10-18T17:00:00Z", "Europe/London"),
    event("w3", "2026-10-25T18:00:00Z", "Europe/London"),
    event("w4", "2026-11-01T18:00:00Z", "Europe/London"),
  ];

  it("keeps 18:00 local on both sides of a DST change and the right instants", () => {
    const events = parse(buildCalendar({ name: "London chapter", uidDomain: "example.org", events: weekly }));
    expect(events).toHaveLength(4);
    for (const [i, e] of events.entries()) {
      expect(e.startDate.zone?.tzid).toBe("Europe/London");
      expect([e.startDate.hour, e.startDate.minute]).toEqual([18, 0]);
      expect([e.endDate.hour, e.endDate.minute]).toEqual([20, 0]);
      expect(e.startDate.toJSDate().toISOString()).toBe(weekly[i].startsAt.toISOString());
      expect(e.endDate.toJSDate().toISOString()).toBe(weekly[i].endsAt.toISOString());
    }
  });

  it("handles a southern-hemisphere zone, a half-hour zone and UTC", () => {
    const mixed = [
      event("s1", "2026-04-04T08:00:00Z", "Australia/Sydney"), // 19:00 AEDT, DST ends 5 April 03:00
      event("s2", "2026-04-05T09:00:00Z", "Australia/Sydney"), // 19:00 AEST
      event("k1", "2026-03-01T12:30:00Z", "Asia/Kolkata"),
      event("u1", "2026-03-01T12:30:00Z", "UTC"),
    ];
    const events = parse(buildCalendar({ name: "Mixed", uidDomain: "example.org", events: mixed }));
    expect(events.map((e) => e.startDate.hour)).toEqual([19, 19, 18, 12]);
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual(mixed.map((m) => m.startsAt.toISOString()));
  });

  it("escapes text, marks cancellations and folds long lines within 75 octets", () => {
    const long = event("c1", "2026-10-11T17:00:00Z", "Europe/London", { cancelled: true, title: "Солидарность ".repeat(12) });
    const ics = buildCalendar({ name: "Cal; with, specials", uidDomain: "example.org", events: [long] });
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const [e] = parse(ics);
    expect(e.summary).toBe(long.title);
    expect(e.description).toBe(long.description);
    expect(e.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(e.uid).toBe("c1@example.org");
  });

  it("finds the real offset changes", () => {
    const found = transitions("Europe/London", new Date("2026-01-01T00:00:00Z"), new Date("2027-01-01T00:00:00Z"));
    expect(found.map((t) => [t.at.toISOString(), t.from, t.to])).toEqual([
      ["2026-03-29T01:00:00.000Z", 0, 60],
      ["2026-10-25T01:00:00.000Z", 60, 0],
    ]);
    expect(transitions("Asia/Hong_Kong", new Date("2026-01-01T00:00:00Z"), new Date("2027-01-01T00:00:00Z"))).toEqual([]);
  });

  it("never splits a multi-byte character when folding", () => {
    const folded = foldLine(`SUMMARY:${"é".repeat(100)}`);
    expect(folded.split("\r\n ").join("")).toBe(`SUMMARY:${"é".repeat(100)}`);
  });
});
