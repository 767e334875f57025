import { beforeAll, describe, expect, it } from "vitest";
import { GET as near } from "@/app/api/actions/near/route";
import { nearResponse } from "@/lib/discovery";
import { haversineKm } from "@/lib/geo/distance";
import { createRandomActions, type RandomAction } from "../../factories/discovery";
import { call } from "../helpers/http";

describe("GET /api/actions/near against a brute-force haversine", () => {
  let rows: RandomAction[] = [];
  const visible = (r: RandomAction) => r.status === "PUBLISHED" && r.endsAt.getTime() >= Date.now();

  beforeAll(async () => {
    const sets = [
      await createRandomActions(250, 21, { west: -1.5, south: 50.8, east: 1.5, north: 52.2 }), // around London
      await createRandomActions(150, 22, { west: 178.5, south: -18.5, east: 180, north: -17.5 }), // Fiji, east of the date line
      await createRandomActions(150, 23, { west: -180, south: -18.5, east: -178.5, north: -17.5 }), // …and west of it
      await createRandomActions(80, 24, { west: -180, south: 84, east: 180, north: 89.9 }), // near the pole
    ];
    rows = sets.flatMap((set) => set.rows);
  });

  const cases: [string, number, number, number][] = [
    ["London 5 km", 51.5, -0.12, 5],
    ["London 25 km", 51.5, -0.12, 25],
    ["London 100 km", 51.5, -0.12, 100],
    ["across the date line 100 km", -18, 179.9, 100],
    ["across the date line 25 km", -18, -179.95, 25],
    ["near the North Pole 500 km", 89, 0, 500],
  ];

  for (const [name, lat, lng, radiusKm] of cases) {
    it(`${name}: nearest first, all within the radius, none missing`, async () => {
      const res = await call(near, `/api/actions/near?lat=${lat}&lng=${lng}&radiusKm=${radiusKm}&limit=100`);
      expect(res.status).toBe(200);
      const { items } = nearResponse.parse(res.json);
      const expected = rows
        .filter(visible)
        .map((r) => ({ id: r.id, d: haversineKm(lat, lng, r.publicLat, r.publicLng) }))
        .filter((r) => r.d <= radiusKm)
        .sort((a, b) => a.d - b.d);
      expect(expected.length).toBeGreaterThan(0);
      expect(items.length).toBe(Math.min(100, expected.length));
      // The same set (up to the limit) in the same order, with the same distances to 10 m.
      items.forEach((item, i) => {
        expect(item.distanceKm).toBeCloseTo(expected[i].d, 1);
        expect(item.distanceKm).toBeLessThanOrEqual(radiusKm);
      });
      const cut = items.at(-1)!.distanceKm;
      const mustHave = expected.filter((e) => e.d < cut - 0.01).map((e) => e.id);
      const got = new Set(items.map((i) => i.id));
      for (const id of mustHave) expect(got.has(id)).toBe(true);
    });
  }
});
