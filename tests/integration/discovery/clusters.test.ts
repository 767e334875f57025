import { beforeAll, describe, expect, it } from "vitest";
import { GET as clusters } from "@/app/api/actions/clusters/route";
import { clustersResponse, type ClustersResponse } from "@/lib/actions/public-dto";
import { getDb } from "@/lib/db";
import { bulkInsertActionsSql } from "../../factories/discovery";
import { createChapter, createStatement } from "../../factories";
import { call } from "../helpers/http";
import { insideBbox } from "./helpers";

async function get(bbox: number[], zoom: number, extra = ""): Promise<ClustersResponse> {
  const res = await call(clusters, `/api/actions/clusters?bbox=${bbox.join(",")}&zoom=${zoom}${extra}`);
  expect(res.status).toBe(200);
  return clustersResponse.parse(res.json);
}

describe("GET /api/actions/clusters never sends more than 2,000 points", () => {
  let points: { lat: number; lng: number }[] = [];

  beforeAll(async () => {
    const chapter = await createChapter();
    const statement = await createStatement();
    // 6,000 worldwide and 3,000 packed into one city block (more than 2,000 at any zoom).
    await bulkInsertActionsSql(6_000, chapter.id, statement.id);
    await bulkInsertActionsSql(3_000, chapter.id, statement.id, { west: 2.34, south: 48.85, east: 2.35, north: 48.86 }, "dense");
    const db = await getDb();
    points = await db.$queryRaw<{ lat: number; lng: number }[]>`SELECT "publicLat" AS lat, "publicLng" AS lng FROM "Action"`;
    expect(points.length).toBe(9_000);
  }, 300_000);

  const cases: [string, number[], number][] = [
    ["world at zoom 0", [-180, -90, 180, 90], 0],
    ["world at zoom 3", [-180, -85, 180, 85], 3],
    ["world with an absurd zoom 22", [-180, -90, 180, 90], 22],
    ["the dense block at zoom 18", [2.33, 48.84, 2.36, 48.87], 18],
    ["the dense block at zoom 24", [2.34, 48.85, 2.35, 48.86], 24],
    ["Europe at zoom 5", [-15, 30, 40, 70], 5],
    ["the antimeridian at zoom 4", [150, -60, -150, 60], 4],
    ["an empty area", [-30, -60, -29, -59], 10],
  ];

  for (const [name, bbox, zoom] of cases) {
    it(`${name}: ≤ 2,000 points, counts add up to the brute-force total, all inside`, async () => {
      const body = await get(bbox, zoom);
      expect(body.points.length).toBeLessThanOrEqual(2_000);
      const expected = points.filter((p) => insideBbox(p.lat, p.lng, bbox)).length;
      expect(body.points.length + body.clusters.reduce((s, c) => s + c.count, 0)).toBe(expected);
      for (const p of body.points) expect(insideBbox(p.lat as number, p.lng as number, bbox)).toBe(true);
      for (const c of body.clusters) {
        expect(c.count).toBeGreaterThan(1);
        const [w, s, e, n] = c.bbox;
        expect(c.lat).toBeGreaterThanOrEqual(s - 1e-9);
        expect(c.lat).toBeLessThanOrEqual(n + 1e-9);
        expect(c.lng).toBeGreaterThanOrEqual(w - 1e-9);
        expect(c.lng).toBeLessThanOrEqual(e + 1e-9);
      }
    });
  }

  it("shows a sparse viewport at street level as individual points", async () => {
    const body = await get([10, 10, 10.5, 10.5], 17);
    expect(body.clusters).toEqual([]);
    expect(body.points.length).toBe(points.filter((p) => insideBbox(p.lat, p.lng, [10, 10, 10.5, 10.5])).length);
  });

  it("applies the list filters", async () => {
    const none = await get([-180, -90, 180, 90], 2, "&kind=BOYCOTT");
    expect(none.points.length + none.clusters.length).toBe(0);
  });
});
