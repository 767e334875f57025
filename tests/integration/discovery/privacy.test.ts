import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as list } from "@/app/api/actions/route";
import { GET as near } from "@/app/api/actions/near/route";
import { GET as clusters } from "@/app/api/actions/clusters/route";
import { GET as detail } from "@/app/api/actions/[id]/route";
import { GET as ics } from "@/app/api/actions/[id]/ics/route";
import { GET as statement } from "@/app/api/statements/[slug]/route";
import { GET as chapter } from "@/app/api/chapters/[slug]/route";
import { GET as chapterFeed } from "@/app/api/feeds/chapters/[slug]/route";
import { GET as statementFeed } from "@/app/api/feeds/statements/[slug]/route";
import { GET as atom } from "@/app/api/feeds/actions.atom/route";
import { haversineKm } from "@/lib/geo/distance";
import { createAction, createChapter, createStatement } from "../../factories";
import { call } from "../helpers/http";

// True points with distinctive digits so any leak shows up as a substring.
const TRUE = {
  APPROXIMATE: { lat: 51.503917, lng: -0.127613 },
  REVEAL_TO_ATTENDEES: { lat: 51.507351, lng: -0.131582 },
};
const SECRET_VENUE = "Secret back room 7731";
const SECRET_ADDRESS = "99 Hidden Mews, SW1A 9ZZ";
const SECRET_LINK = "https://meet.example.org/secret-8812";

function assertNoLeak(text: string) {
  for (const p of Object.values(TRUE)) {
    // Any rounding a serializer might use.
    for (const digits of [6, 5, 4]) {
      expect(text).not.toContain(p.lat.toFixed(digits));
      expect(text).not.toContain(p.lng.toFixed(digits));
    }
  }
  expect(text).not.toContain(SECRET_VENUE);
  expect(text).not.toContain(SECRET_ADDRESS);
}

describe("hidden locations never leave the server", () => {
  const hidden: Record<string, { id: string; slug: string; publicLat: number; publicLng: number }> = {};
  let chapterSlug = "";
  let statementSlug = "";

  beforeAll(async () => {
    const c = await createChapter({ city: "London", countryCode: "GB", lat: 51.5, lng: -0.12 });
    const s = await createStatement();
    chapterSlug = c.slug;
    statementSlug = s.slug;
    for (const privacy of ["APPROXIMATE", "REVEAL_TO_ATTENDEES"] as const) {
      const a = await createAction({
        chapterId: c.id, statementId: s.id, locationPrivacy: privacy, ...TRUE[privacy], venue: SECRET_VENUE, address: SECRET_ADDRESS,
        mode: "HYBRID", onlineUrl: SECRET_LINK, revealHoursBefore: 6, timeZone: "Europe/London",
        // A fixed diagonal offset (as publicLocation makes) keeps every rounding of both coordinates distinct.
        publicLat: +(TRUE[privacy].lat + 0.0031).toFixed(6), publicLng: +(TRUE[privacy].lng - 0.0042).toFixed(6),
      });
      hidden[privacy] = { id: a.id, slug: a.slug, publicLat: a.publicLat as number, publicLng: a.publicLng as number };
      const moved = haversineKm(TRUE[privacy].lat, TRUE[privacy].lng, a.publicLat as number, a.publicLng as number);
      expect(moved).toBeGreaterThan(0.2);
      expect(moved).toBeLessThan(1);
    }
  });

  it("in the list, near and cluster JSON (public point only)", async () => {
    const bbox = "bbox=-1,51,1,52";
    for (const [h, url] of [
      [list, `/api/actions?${bbox}`],
      [near, `/api/actions/near?lat=${TRUE.APPROXIMATE.lat}&lng=${TRUE.APPROXIMATE.lng}&radiusKm=5`],
      [clusters, `/api/actions/clusters?${bbox}&zoom=17`],
      [clusters, `/api/actions/clusters?${bbox}&zoom=3`],
    ] as const) {
      const res = await call(h, url);
      expect(res.status).toBe(200);
      assertNoLeak(res.text);
    }
    const res = await call(near, `/api/actions/near?lat=${TRUE.APPROXIMATE.lat}&lng=${TRUE.APPROXIMATE.lng}&radiusKm=5`);
    const items = (res.json as unknown as { items: { id: string; lat: number; lng: number; distanceKm: number }[] }).items;
    expect(items).toHaveLength(2);
    for (const item of items) {
      const h = Object.values(hidden).find((x) => x.id === item.id)!;
      expect([item.lat, item.lng]).toEqual([h.publicLat, h.publicLng]);
      // Distances are measured to the public point too, so they cannot be used to triangulate.
      expect(item.distanceKm).toBeCloseTo(haversineKm(TRUE.APPROXIMATE.lat, TRUE.APPROXIMATE.lng, h.publicLat, h.publicLng), 1);
    }
  });

  it("searching by the hidden street or venue finds nothing (no membership oracle)", async () => {
    for (const q of ["Hidden Mews", "SW1A 9ZZ", "back room 7731"]) {
      const res = await call(list, `/api/actions?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect((res.json as unknown as { items: unknown[] }).items).toEqual([]);
    }
  });

  it("in the action detail: no venue/address, REVEAL also hides the call link", async () => {
    for (const [privacy, h] of Object.entries(hidden)) {
      const res = await call(detail, "/api/actions/x", { params: { id: h.slug } });
      expect(res.status).toBe(200);
      assertNoLeak(res.text);
      expect(res.json).toMatchObject({ lat: h.publicLat, lng: h.publicLng, venue: null, address: null, areaRadiusM: 1000, locationPrivacy: privacy });
      if (privacy === "REVEAL_TO_ATTENDEES") {
        expect(res.text).not.toContain(SECRET_LINK);
        expect(res.json.revealHoursBefore).toBe(6);
      }
    }
  });

  it("in statement and chapter pages' JSON", async () => {
    for (const [h, params] of [[statement, { slug: statementSlug }], [chapter, { slug: chapterSlug }]] as const) {
      const res = await call(h, "/api/x", { params });
      expect(res.status).toBe(200);
      assertNoLeak(res.text);
    }
  });

  it("in the ICS files and feeds, which carry no GEO for hidden places", async () => {
    const bodies = [
      ...(await Promise.all(Object.values(hidden).map((h) => call(ics, "/api/x", { params: { id: h.id } })))),
      await call(chapterFeed, "/api/x", { params: { slug: `${chapterSlug}.ics` } }),
      await call(statementFeed, "/api/x", { params: { slug: `${statementSlug}.ics` } }),
      await call(atom, "/api/feeds/actions.atom"),
    ];
    for (const res of bodies) {
      expect(res.status).toBe(200);
      assertNoLeak(res.text);
    }
    const feed = new ICAL.Component(ICAL.parse(bodies[2].text));
    const events = feed.getAllSubcomponents("vevent");
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e.getFirstPropertyValue("geo")).toBeNull();
      expect(e.getFirstPropertyValue("location")).toBe("London, GB");
    }
    expect(bodies[1].text).not.toContain(SECRET_LINK);
  });
});
