import { spawn } from "node:child_process";
import path from "node:path";
import { gazetteer, searchPlaces } from "@/lib/geo/places";

export type PlacesResult = { towns: number; buildMs: number; rssDeltaMb: number; queries: number; p50: number; p95: number; max: number };

// What people type, letter by letter as the place field sends it (two characters and up), in the
// scripts and spellings the gazetteer must know, with accent and case slips.
const NAMES = ["Londres", "Manille", "Maynila", "هونغ كونغ", "香港", "sao paulo", "MONTREAL", "Ciudad de México", "Jakarta", "القاهرة", "Kuala Lumpur", "Zürich", "Bandung", "Santiago", "New York"];
const QUERIES = NAMES.flatMap((n) => Array.from({ length: n.length - 1 }, (_, i) => n.slice(0, i + 2)));
const ROUNDS = 20;

const settle = async () => {
  for (let i = 0; i < 3; i++) {
    globalThis.gc?.();
    await new Promise((r) => setImmediate(r));
  }
};
const pct = (sorted: number[], p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] * 100) / 100;

/** Builds the index in this process (run it in a fresh one: see placesBenchmark) and times queries. */
async function measure(): Promise<PlacesResult> {
  if (!globalThis.gc) throw new Error("run with node --expose-gc so the memory figure is after garbage collection");
  await settle();
  const rss = process.memoryUsage().rss;
  const started = performance.now();
  const towns = gazetteer().size;
  const buildMs = Math.round(performance.now() - started);
  await settle();
  const rssDeltaMb = Math.round((process.memoryUsage().rss - rss) / 1e6);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of QUERIES) {
      const t = performance.now();
      await searchPlaces(q, 8);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return { towns, buildMs, rssDeltaMb, queries: times.length, p50: pct(times, 0.5), p95: pct(times, 0.95), max: pct(times, 1) };
}

/** The place-search benchmark in a fresh Node process, so the memory delta is the index's alone. */
export function placesBenchmark(): Promise<PlacesResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", path.join("tests", "bench", "places.ts"), "--json"], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve(JSON.parse(out) as PlacesResult) : reject(new Error(`places bench exited with ${code}`))));
  });
}

// `npm run bench:places` runs this file alone.
if (process.argv[1]?.endsWith(path.join("bench", "places.ts"))) {
  measure().then(
    (r) => {
      if (process.argv.includes("--json")) return void process.stdout.write(JSON.stringify(r));
      console.log(`place search: ${r.towns.toLocaleString("en")} towns, index built in ${r.buildMs} ms, resident memory +${r.rssDeltaMb} MB (target ≤ 150 MB)`);
      console.log(`${r.queries} queries: p50 ${r.p50} ms, p95 ${r.p95} ms (target ≤ 20 ms), max ${r.max} ms`);
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
