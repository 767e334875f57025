import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as actionIcs } from "@/app/api/actions/[id]/ics/route";
import { GET as chapterFeed } from "@/app/api/feeds/chapters/[slug]/route";
import { GET as statementFeed } from "@/app/api/feeds/statements/[slug]/route";
import { GET as atom } from "@/app/api/feeds/actions.atom/route";
import { createAction, createChapter, createStatement } from "../../factories";
import { call } from "../helpers/http";

const HOUR = 3_600_000;

function events(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  for (const tz of cal.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  return cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("calendar and Atom feeds", () => {
  let chapterSlug = "";
  let statementSlug = "";
  const weekly: { id: string; slug: string; startsAt: Date }[] = [];
  let draftId = "";
  let cancelledId = "";

  beforeAll(async () => {
    const c = await createChapter({ city: "London", countryCode: "GB" });
    const s = await createStatement();
    chapterSlug = c.slug;
    statementSlug = s.slug;
    // A weekly 18:00 London vigil around the end of British Summer Time (25 October 2026);
    // the feed keeps a month of past actions, so pick the next such weeks relative to now.
    const year = new Date().getUTCFullYear() + 1;
    const starts = [`${year}-10-18T17:00:00Z`, `${year}-10-25T18:00:00Z`, `${year}-11-01T18:00:00Z`].map((d) => new Date(d));
    // Last Sunday of October moves year to year; adjust by the real offset instead of hard-coding it.
    for (const [i, approx] of starts.entries()) {
      const local = new Date(approx.getTime());
      const offsetH = Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", hour: "2-digit", hourCycle: "h23" }).format(local)) - local.getUTCHours();
      const startsAt = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), 18 - offsetH));
      const a = await createAction({ chapterId: c.id, statementId: s.id, title: `Vigil week ${i + 1}`, timeZone: "Europe/London", startsAt, endsAt: new Date(startsAt.getTime() + 2 * HOUR), venue: "Parliament Square", address: "Westminster, London" });
      weekly.push({ id: a.id, slug: a.slug, startsAt });
    }
    draftId = (await createAction({ chapterId: c.id, statementId: s.id, status: "DRAFT", title: "Draft vigil" })).id;
    cancelledId = (await createAction({ chapterId: c.id, statementId: s.id, status: "CANCELLED", title: "Cancelled vigil", cancelMessage: "Moved online" })).id;
  });

  it("serves one action as .ics by id or slug, 404 for drafts", async () => {
    const res = await call(actionIcs, "/api/x", { params: { id: weekly[0].slug } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(res.headers.get("cache-control")).toMatch(/^public/);
    const [e] = events(res.text);
    expect(e.summary).toBe("Vigil week 1");
    expect(e.location).toBe("Parliament Square, Westminster, London");
    expect(e.startDate.toJSDate().toISOString()).toBe(weekly[0].startsAt.toISOString());
    expect((await call(actionIcs, "/api/x", { params: { id: weekly[0].id } })).status).toBe(200);
    expect((await call(actionIcs, "/api/x", { params: { id: draftId } })).status).toBe(404);
  });

  it("chapter feed (/<slug>.ics) keeps 18:00 London time across the DST change", async () => {
    const res = await call(chapterFeed, "/api/x", { params: { slug: `${chapterSlug}.ics` } });
    expect(res.status).toBe(200);
    const all = events(res.text);
    const vigils = all.filter((e) => e.summary.startsWith("Vigil week"));
    expect(vigils).toHaveLength(3);
    for (const [i, e] of vigils.entries()) {
      expect([e.startDate.hour, e.startDate.minute]).toEqual([18, 0]);
      expect(e.startDate.toJSDate().toISOString()).toBe(weekly[i].startsAt.toISOString());
    }
    // The UTC hour differs across the change, the local hour does not.
    expect(new Set(weekly.map((w) => w.startsAt.getUTCHours())).size).toBe(2);
    // Cancelled actions stay in the feed as CANCELLED so subscribers see it; drafts never appear.
    const cancelled = all.find((e) => e.uid.startsWith(cancelledId));
    expect(cancelled?.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(all.some((e) => e.uid.startsWith(draftId))).toBe(false);
    expect((await call(chapterFeed, "/api/x", { params: { slug: chapterSlug } })).status).toBe(200);
    expect((await call(chapterFeed, "/api/x", { params: { slug: "nope.ics" } })).status).toBe(404);
  });

  it("statement feed", async () => {
    const res = await call(statementFeed, "/api/x", { params: { slug: `${statementSlug}.ics` } });
    expect(res.status).toBe(200);
    expect(events(res.text).filter((e) => e.summary.startsWith("Vigil week"))).toHaveLength(3);
    expect((await call(statementFeed, "/api/x", { params: { slug: "nope.ics" } })).status).toBe(404);
  });

  it("Atom feed of newly published actions", async () => {
    const res = await call(atom, "/api/feeds/actions.atom");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    expect(res.text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    const entries = res.text.match(/<entry>/g) ?? [];
    expect(entries.length).toBe(3);
    expect(res.text).toContain(`/en/actions/${weekly[0].slug}`);
    expect(res.text).not.toContain("Draft vigil");
    expect(res.text).not.toContain("Cancelled vigil");
    expect((await call(atom, "/api/feeds/actions.atom?locale=fr")).text).toContain(`/fr/actions/${weekly[0].slug}`);
  });
});
