import { describe, expect, it } from "vitest";
import { apiFilterParams, apiListParams, homeSearch, parseHomeQuery, withoutEmptyParams } from "@/lib/discovery-ui/home-query";

describe("parseHomeQuery", () => {
  it("reads every filter and drops empty fields (a GET form sends them all)", () => {
    const q = parseHomeQuery({ kind: "RALLY", date: "", from: "", to: "", statement: "s-1", chapter: "", mode: "ONLINE", lang: "tl", q: " march " });
    expect(q).toMatchObject({ kind: "RALLY", date: "upcoming", statement: "s-1", chapter: null, mode: "ONLINE", lang: "tl", q: "march", ignored: [] });
  });

  it("ignores values it does not understand and says so", () => {
    const q = parseHomeQuery({ kind: "PICNIC", mode: "HYBRID", date: "someday", bbox: "1,2,3", lat: "95", lng: "0" });
    expect(q.kind).toBeNull();
    expect(q.mode).toBeNull();
    expect(q.date).toBe("upcoming");
    expect(q.view).toBeNull();
    expect(q.near).toBeNull();
    expect(q.ignored.sort()).toEqual(["bbox", "date", "kind", "lat", "mode"]);
  });

  it("treats filled-in dates as a custom range, in order", () => {
    const q = parseHomeQuery({ from: "2026-12-31", to: "2026-12-01" });
    expect(q).toMatchObject({ date: "custom", from: "2026-12-01", to: "2026-12-31" });
    expect(apiFilterParams(q)).toEqual({ from: "2026-12-01", to: "2026-12-31" });
  });

  it("maps week/month presets to the API's `when`", () => {
    expect(apiFilterParams(parseHomeQuery({ date: "week", from: "2026-01-01" }))).toEqual({ when: "week" });
  });

  it("keeps a place typed without coordinates for the server to look up", () => {
    const q = parseHomeQuery({ place: "Hong Kong", radius: "100" });
    expect(q.near).toBeNull();
    expect(q.placeQuery).toBe("Hong Kong");
    expect(q.radiusKm).toBe(100);
  });

  it("accepts only the offered radii", () => {
    expect(parseHomeQuery({ lat: "51.5", lng: "-0.12", radius: "7" }).near).toEqual({ lat: 51.5, lng: -0.12, radiusKm: 25, place: null });
  });
});

describe("apiListParams", () => {
  it("adds the map area and the cursor", () => {
    const q = parseHomeQuery({ kind: "BOYCOTT", bbox: "100,10,120,30", zoom: "5", cursor: "abc" });
    expect(apiListParams(q)).toEqual({ kind: "BOYCOTT", bbox: "100,10,120,30", cursor: "abc" });
  });
  it("drops the area for online actions, which have no place", () => {
    expect(apiListParams(parseHomeQuery({ mode: "ONLINE", bbox: "100,10,120,30" }))).toEqual({ mode: "ONLINE" });
  });
});

describe("homeSearch", () => {
  it("round-trips through parseHomeQuery", () => {
    const raw = { kind: "RALLY", date: "custom", from: "2026-01-01", to: "2026-02-01", bbox: "100,10,120,30", zoom: "5" };
    const q = parseHomeQuery(raw);
    const again = parseHomeQuery(Object.fromEntries(new URLSearchParams(homeSearch(q).slice(1))));
    expect(again).toEqual(q);
  });
  it("prefers a place over the map area, and never keeps the cursor on a change", () => {
    const q = parseHomeQuery({ bbox: "100,10,120,30", zoom: "5", cursor: "abc" });
    const s = homeSearch(q, { near: { lat: 1.5, lng: 2.5, radiusKm: 5, place: "Town, Country" } });
    expect(s).toBe("?lat=1.5&lng=2.5&radius=5&place=Town%2C+Country");
  });
});

describe("withoutEmptyParams", () => {
  it("keeps only the fields that are set, in their order, when a form sent empty ones", () => {
    expect(withoutEmptyParams({ q: "", kind: "RALLY", date: "", from: " ", to: "", lang: "tl" })).toBe("?kind=RALLY&lang=tl");
    expect(withoutEmptyParams({ q: "", kind: "" })).toBe("");
    expect(withoutEmptyParams({ place: ["Hong Kong", ""], radius: "25" })).toBe("?place=Hong+Kong&radius=25");
  });

  it("leaves a clean address alone (null: no redirect)", () => {
    expect(withoutEmptyParams({})).toBeNull();
    expect(withoutEmptyParams({ kind: "RALLY", cursor: "abc" })).toBeNull();
  });
});
