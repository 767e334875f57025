import { beforeAll, describe, expect, it } from "vitest";
import { createRandomActions, type RandomAction } from "../../factories/discovery";
import { insideBbox, listAll, sortedIds } from "./helpers";

describe("GET /api/actions?bbox= against a brute-force check", () => {
  let rows: RandomAction[] = [];
  const visible = (r: RandomAction) => r.status === "PUBLISHED" && r.endsAt.getTime() >= Date.now();

  beforeAll(async () => {
    // Worldwide plus a cluster straddling the antimeridian (Fiji / Kiribati).
    rows = [
      ...(await createRandomActions(300, 11)).rows,
      ...(await createRandomActions(120, 12, { west: 175, south: -25, east: 180, north: 5 })).rows,
      ...(await createRandomActions(120, 13, { west: -180, south: -25, east: -172, north: 5 })).rows,
    ];
  });

  const boxes: [string, number[]][] = [
    ["Europe", [-15, 30, 40, 70]],
    ["whole world", [-180, -90, 180, 90]],
    ["southern half", [-180, -90, 180, 0]],
    ["antimeridian Pacific", [170, -30, -170, 10]],
    ["antimeridian thin band", [179.5, -90, -179.5, 90]],
    ["tiny box", [10, 10, 12, 12]],
    ["empty ocean strip", [-30, -60, -29.99, -59.99]],
  ];

  for (const [name, bbox] of boxes) {
    it(`returns exactly the visible actions inside: ${name}`, async () => {
      const { items } = await listAll(`bbox=${bbox.join(",")}`);
      const expected = rows.filter((r) => visible(r) && insideBbox(r.publicLat, r.publicLng, bbox));
      // Every item inside…
      for (const item of items) expect(insideBbox(item.lat as number, item.lng as number, bbox)).toBe(true);
      // …and none missing, no extras (unpublished and ended ones never listed).
      expect(sortedIds(items)).toEqual(sortedIds(expected));
    });
  }

  it("really exercises the antimeridian case (rows on both sides)", () => {
    const east = rows.filter((r) => visible(r) && r.publicLng > 170);
    const west = rows.filter((r) => visible(r) && r.publicLng < -170);
    expect(east.length).toBeGreaterThan(20);
    expect(west.length).toBeGreaterThan(20);
  });

  it("accepts unwrapped longitudes from a panned map (190 = -170)", async () => {
    const wrapped = await listAll("bbox=170,-30,-170,10");
    const unwrapped = await listAll("bbox=170,-30,190,10");
    expect(sortedIds(unwrapped.items)).toEqual(sortedIds(wrapped.items));
    expect(wrapped.items.length).toBeGreaterThan(0);
  });

  it("without a bbox lists every visible action, and never an unpublished or ended one", async () => {
    const { items, pages } = await listAll("", 37);
    expect(pages).toBeGreaterThan(3);
    expect(sortedIds(items)).toEqual(sortedIds(rows.filter(visible)));
    const hidden = new Set(rows.filter((r) => r.status !== "PUBLISHED").map((r) => r.id));
    expect(hidden.size).toBeGreaterThan(50);
    expect(items.some((i) => hidden.has(i.id))).toBe(false);
  });

  it("lists in (startsAt, id) order", async () => {
    const { items } = await listAll("bbox=-180,-90,180,90", 50);
    for (let i = 1; i < items.length; i++) {
      const a = items[i - 1];
      const b = items[i];
      expect(a.startsAt < b.startsAt || (a.startsAt === b.startsAt && a.id < b.id)).toBe(true);
    }
  });
});
