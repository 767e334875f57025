import { beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/actions/route";
import { getDb } from "@/lib/db";
import { callRoute, isolateSideEffects, organiseWorld, rallyBody } from "../../factories/organise";

let w: Awaited<ReturnType<typeof organiseWorld>>;

beforeAll(async () => {
  isolateSideEffects();
  w = await organiseWorld();
});

const localTime = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);

describe("recurring series", () => {
  it("a weekly series across the spring DST change keeps 18:00 London time (the UTC hour moves)", async () => {
    // 2030-03-31 is the last Sunday of March: clocks go forward in the UK.
    const body = rallyBody(w.chapterA.id, w.statement.id, { startsAt: "2030-03-20T18:00", endsAt: "2030-03-20T20:00", recurrence: { freq: "WEEKLY", count: 4 } });
    const res = await callRoute(createRoute, "/api/actions", { method: "POST", body, cookie: w.organiserA.cookie });
    expect(res.status).toBe(201);
    const ids = res.json.ids as string[];
    expect(ids).toHaveLength(4);
    const db = await getDb();
    const rows = await db.action.findMany({ where: { id: { in: ids } }, orderBy: { startsAt: "asc" } });
    expect(rows.map((r) => localTime(r.startsAt, "Europe/London"))).toEqual(["Wed 18:00", "Wed 18:00", "Wed 18:00", "Wed 18:00"]);
    expect(rows.map((r) => localTime(r.endsAt, "Europe/London"))).toEqual(["Wed 20:00", "Wed 20:00", "Wed 20:00", "Wed 20:00"]);
    expect(rows.map((r) => r.startsAt.getUTCHours())).toEqual([18, 18, 17, 17]);
    expect(new Set(rows.map((r) => r.seriesId)).size).toBe(1);
    expect(new Set(rows.map((r) => r.slug)).size).toBe(4);
    const series = await db.actionSeries.findUniqueOrThrow({ where: { id: rows[0].seriesId! } });
    expect(series.rrule).toBe("DTSTART;TZID=Europe/London:20300320T180000\nRRULE:FREQ=WEEKLY;COUNT=4");
    const audit = await db.auditLog.count({ where: { OR: [{ targetId: { in: ids } }, { targetId: series.id }] } });
    expect(audit).toBe(5);
  });

  it("a monthly series across the autumn change in New York keeps 10:30 local", async () => {
    const body = rallyBody(w.chapterA.id, w.statement.id, {
      timeZone: "America/New_York",
      lat: 40.71,
      lng: -74.0,
      startsAt: "2030-09-15T10:30",
      endsAt: "2030-09-15T12:00",
      recurrence: { freq: "MONTHLY", count: 3 },
    });
    const res = await callRoute(createRoute, "/api/actions", { method: "POST", body, cookie: w.organiserA.cookie });
    const rows = await (await getDb()).action.findMany({ where: { id: { in: res.json.ids as string[] } }, orderBy: { startsAt: "asc" } });
    const fmt = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    expect(rows.map((r) => fmt.format(r.startsAt))).toEqual(["Sep 15, 10:30", "Oct 15, 10:30", "Nov 15, 10:30"]);
    expect(rows.map((r) => r.startsAt.getUTCHours())).toEqual([14, 14, 15]);
  });

  it("refuses a series that is too long", async () => {
    const body = rallyBody(w.chapterA.id, w.statement.id, { recurrence: { freq: "WEEKLY", count: 200 } });
    const res = await callRoute(createRoute, "/api/actions", { method: "POST", body, cookie: w.organiserA.cookie });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json.error?.fields ?? {})).toContain("recurrence.count");
  });
});
