import pg from "pg";
import { searchSql } from "@/lib/discovery/search-actions";
import type { Bbox } from "@/lib/geo/bbox";
import { percentile } from "./load";

export type SpatialResult = { rows: number; indexedMs: number; sequentialMs: number; speedup: number; indexedPlan: string; sequentialPlan: string };

/** Median execution time (as the server reports it) over `runs` EXPLAIN ANALYZE runs. */
async function timed(client: pg.Client, text: string, values: unknown[], runs: number) {
  const times: number[] = [];
  let plan = "";
  for (let i = 0; i < runs; i++) {
    const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, values);
    const doc = rows[0]["QUERY PLAN"][0];
    times.push(doc["Execution Time"]);
    plan = planSummary(doc.Plan);
  }
  times.sort((a, b) => a - b);
  return { ms: percentile(times, 50), plan };
}

function planSummary(node: { "Node Type": string; "Index Name"?: string; Plans?: unknown[] }): string {
  const own = node["Index Name"] ? `${node["Node Type"]} on ${node["Index Name"]}` : node["Node Type"];
  const kids = (node.Plans ?? []).map((p) => planSummary(p as typeof node));
  return kids.length ? `${own} ← ${kids.join(" + ")}` : own;
}

/**
 * The spatial predicate alone (`location <@ box`, as lib/discovery writes it) at city zoom, with
 * the planner free to use the GiST index, then with index and bitmap scans switched off.
 */
export async function spatialBenchmark(url: string, bbox: Bbox, runs = 15): Promise<SpatialResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const full = searchSql({ bbox }, new Date(), 1_000_000);
    // The WHERE clause lib/discovery builds for a bbox, on the actions table alone.
    const where = full.text.slice(full.text.indexOf("WHERE"), full.text.indexOf("ORDER BY"));
    const text = `SELECT count(*) FROM "Action" a ${where}`;
    const values = full.values.slice(0, (where.match(/\$\d+/g) ?? []).length);
    const count = await client.query(text, values);
    const indexed = await timed(client, text, values, runs);
    await client.query("SET enable_indexscan = off; SET enable_bitmapscan = off; SET max_parallel_workers_per_gather = 0");
    const sequential = await timed(client, text, values, Math.max(3, Math.round(runs / 3)));
    await client.query("RESET enable_indexscan; RESET enable_bitmapscan; RESET max_parallel_workers_per_gather");
    return {
      rows: Number(count.rows[0].count),
      indexedMs: round(indexed.ms),
      sequentialMs: round(sequential.ms),
      speedup: round(sequential.ms / indexed.ms),
      indexedPlan: indexed.plan,
      sequentialPlan: sequential.plan,
    };
  } finally {
    await client.end();
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
