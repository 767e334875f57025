import { beforeAll, describe, expect, it } from "vitest";
import { countActions, countNearActions, nearActions, searchActions } from "@/lib/discovery";
import { COUNT_CAP } from "@/lib/discovery/count-actions";
import { haversineKm } from "@/lib/geo/distance";
import { bulkInsertActionsSql, createRandomActions, type RandomAction } from "../../factories/discovery";
import { createChapter, createStatement } from "../../factories";
import { listAll } from "./helpers";

/** The home page's "64 actions": the same filters as the list, so the count is what paging would reach. */
describe("countActions matches the list it counts", () => {
  let chapter = "";
  let rows: RandomAction[] = [];
  const visible = (r: RandomAction) => r.status === "PUBLISHED" && r.endsAt.getTime() >= Date.now();

  beforeAll(async () => {
    const set = await createRandomActions(300, 31, { west: -1.5, south: 50.8, east: 1.5, north: 52.2 });
    chapter = set.chapter.slug;
    rows = set.rows;
  });

  it("equals the number of items every page of the list holds, for several filters", async () => {
    for (const extra of ["", "&kind=BOYCOTT", "&kind=RALLY,DONATION_DRIVE", "&bbox=-0.5,51.2,0.3,51.7", "&when=week"]) {
      const { items } = await listAll(`chapter=${chapter}${extra}`);
      const kind = /kind=([A-Z_,]+)/.exec(extra)?.[1].split(",");
      const bbox = /bbox=([-\d.,]+)/.exec(extra)?.[1].split(",").map(Number) as [number, number, number, number] | undefined;
      const total = await countActions({ chapter, ...(kind ? { kind: kind as ("RALLY" | "DONATION_DRIVE" | "BOYCOTT")[] } : {}), ...(bbox ? { bbox } : {}), ...(extra.includes("week") ? { when: "week" as const } : {}) });
      expect(total).toEqual({ count: items.length, capped: false });
    }
    // A brute-force check of the unfiltered case, independent of the list.
    expect((await countActions({ chapter })).count).toBe(rows.filter(visible).length);
  });

  it("ignores a cursor: the count is of the whole list, not of what follows the page", async () => {
    const all = await countActions({ chapter });
    const { nextCursor } = await searchActions({ chapter, limit: 10 }, "en");
    expect(nextCursor).not.toBeNull();
    expect(await countActions({ chapter, cursor: nextCursor ?? undefined })).toEqual(all);
  });

  it("counts what is within the radius, as the near list would list with no limit", async () => {
    const params = { chapter, lat: 51.5, lng: -0.12, radiusKm: 25 };
    const expected = rows.filter((r) => visible(r) && haversineKm(51.5, -0.12, r.publicLat, r.publicLng) <= 25).length;
    const { items } = await nearActions({ ...params, limit: 100 }, "en");
    expect(expected).toBeLessThan(100);
    expect(items.length).toBe(expected);
    expect(await countNearActions(params)).toEqual({ count: expected, capped: false });
  });

  it("stops at the cap and says so", async () => {
    const big = await createChapter();
    const statement = await createStatement();
    await bulkInsertActionsSql(COUNT_CAP + 5, big.id, statement.id, undefined, `cap-${big.id}`);
    expect(await countActions({ chapter: big.slug })).toEqual({ count: COUNT_CAP, capped: true });
  }, 120_000);
});
