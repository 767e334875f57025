import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { nearSql } from "@/lib/discovery/near-actions";
import { listPageSql } from "@/lib/discovery/search-actions";
import { countSql, nearCountSql } from "@/lib/discovery/count-actions";
import { clusterSql } from "@/lib/discovery/cluster-actions";
import { bulkInsertActionsSql } from "../../factories/discovery";
import { createChapter, createStatement } from "../../factories";

type PlanNode = { "Node Type": string; "Index Name"?: string; Plans?: PlanNode[] };

async function explain(sql: Prisma.Sql): Promise<PlanNode> {
  const db = await getDb();
  const rows = await db.$queryRaw<Record<string, unknown>[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${sql}`);
  const raw = Object.values(rows[0])[0];
  const doc = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan: PlanNode }[];
  return doc[0].Plan;
}

function indexesUsed(node: PlanNode): string[] {
  return [...(node["Index Name"] ? [node["Index Name"]] : []), ...(node.Plans ?? []).flatMap(indexesUsed)];
}

describe("spatial queries use the GiST index on 50,000 actions", () => {
  const now = new Date();

  beforeAll(async () => {
    const chapter = await createChapter();
    const statement = await createStatement();
    await bulkInsertActionsSql(50_000, chapter.id, statement.id);
    const db = await getDb();
    const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Action" WHERE "location" IS NOT NULL`;
    expect(n).toBe(50_000);
  }, 300_000);

  it("bbox list query", async () => {
    const plan = await explain(listPageSql({ bbox: [-0.5, 51.2, 0.3, 51.7] }, now, 51));
    expect(indexesUsed(plan)).toContain("Action_location_idx");
  });

  it("bbox list query across the antimeridian (two boxes)", async () => {
    const plan = await explain(listPageSql({ bbox: [178, -20, -178, -15] }, now, 51));
    expect(indexesUsed(plan).filter((i) => i === "Action_location_idx").length).toBeGreaterThanOrEqual(1);
  });

  it("bbox list query with other filters and a cursor", async () => {
    const plan = await explain(listPageSql({ bbox: [100, 0, 110, 10], kind: ["RALLY"], mode: "IN_PERSON", lang: "en" }, now, 51));
    expect(indexesUsed(plan)).toContain("Action_location_idx");
  });

  it("the list's count for a bbox and for a radius", async () => {
    expect(indexesUsed(await explain(countSql({ bbox: [-0.5, 51.2, 0.3, 51.7], kind: ["RALLY"] }, now)))).toContain("Action_location_idx");
    expect(indexesUsed(await explain(nearCountSql({ lat: 48.85, lng: 2.35, radiusKm: 25 }, now)))).toContain("Action_location_idx");
  });

  it("near query (25 km and 100 km)", async () => {
    for (const radiusKm of [25, 100]) {
      const plan = await explain(nearSql({ lat: 48.85, lng: 2.35, radiusKm }, now, 50));
      expect(indexesUsed(plan)).toContain("Action_location_idx");
    }
  });

  it("cluster query for a city viewport", async () => {
    const plan = await explain(clusterSql({ bbox: [2, 48.5, 2.7, 49], zoom: 11 }, now, 11));
    expect(indexesUsed(plan)).toContain("Action_location_idx");
  });
});
