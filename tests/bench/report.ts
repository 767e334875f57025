import type { CityViewport } from "./city";
import type { BENCH, TARGETS } from "./config";
import type { PageJs } from "./first-load-js";
import type { PlacesResult } from "./places";
import type { LoadResult } from "./load";
import type { machine } from "./machine";
import type { RsvpResult } from "./rsvp";
import type { SpatialResult } from "./spatial";

export type HttpResult = {
  name: string;
  path: string;
  targetP95Ms: number;
  connections: number;
  seconds: number;
  /** One connection: service time without queueing. */
  serial: { app: LoadResult; floor: LoadResult };
  app: LoadResult[];
  floor: LoadResult[];
};

export type BenchResults = {
  startedAt: string;
  finishedAt: string;
  machine: Awaited<ReturnType<typeof machine>>;
  config: Omit<typeof BENCH, "databaseUrl"> & { databaseUrl: string };
  targets: typeof TARGETS;
  dataset: { actions: number; upcomingPublic: number; reusedSeed: boolean; seedSeconds: number };
  city: CityViewport;
  http: HttpResult[];
  spatial: SpatialResult;
  rsvp: RsvpResult;
  firstLoadJs: PageJs[];
  places: PlacesResult;
  loadAverageAtEnd: number[];
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Medians over the A/B rounds; the ratio compares throughput of the app with the floor. */
export function summariseHttp(h: HttpResult) {
  const pick = (runs: LoadResult[], k: keyof LoadResult) => median(runs.map((r) => r[k]));
  const app = { p50: pick(h.app, "p50"), p95: pick(h.app, "p95"), p99: pick(h.app, "p99"), rps: pick(h.app, "rps") };
  const floor = { p50: pick(h.floor, "p50"), p95: pick(h.floor, "p95"), p99: pick(h.floor, "p99"), rps: pick(h.floor, "rps") };
  const ratios = h.app.map((a, i) => Math.round((a.rps / h.floor[i].rps) * 100) / 100);
  return { app, floor, ratio: Math.round((app.rps / floor.rps) * 100) / 100, ratios, errors: [...h.app, ...h.floor].reduce((s, r) => s + r.errors + r.non2xx, 0) };
}

export function printReport(r: BenchResults) {
  const t = r.targets;
  const rows: [string, string, string, boolean][] = [];
  for (const h of r.http) {
    const s = summariseHttp(h);
    const one = h.serial.app;
    rows.push([`${h.name}: app one at a time p50/p95/p99`, `${one.p50} / ${one.p95} / ${one.p99} ms (floor p50 ${h.serial.floor.p50} ms)`, `p95 ≤ ${h.targetP95Ms} ms`, one.p95 >= 0 && one.p95 <= h.targetP95Ms]);
    rows.push([`${h.name}: app p50/p95/p99 (${h.connections} conn.)`, `${s.app.p50} / ${s.app.p95} / ${s.app.p99} ms`, `p95 ≤ ${h.targetP95Ms} ms`, s.app.p95 >= 0 && s.app.p95 <= h.targetP95Ms]);
    rows.push([`${h.name}: floor p50/p95/p99`, `${s.floor.p50} / ${s.floor.p95} / ${s.floor.p99} ms`, "—", true]);
    rows.push([`${h.name}: req/s app ÷ floor`, `${s.app.rps} ÷ ${s.floor.rps} = ${s.ratio} (rounds ${s.ratios.join(", ")})`, `≥ ${t.appOverFloor}`, s.ratio >= t.appOverFloor]);
  }
  rows.push([`spatial, ${r.spatial.rows} rows in view: index vs seq scan`, `${r.spatial.indexedMs} ms vs ${r.spatial.sequentialMs} ms = ${r.spatial.speedup}×`, `≥ ${t.indexedSpeedup}×`, r.spatial.speedup >= t.indexedSpeedup]);
  rows.push([`${r.rsvp.clients} concurrent RSVPs, capacity ${r.rsvp.capacity}: p50/p99`, `${r.rsvp.p50} / ${r.rsvp.p99} ms`, `p99 ≤ ${t.rsvpP99Ms} ms`, r.rsvp.p99 <= t.rsvpP99Ms]);
  rows.push(["RSVP correctness (going / waitlisted / counters)", `${r.rsvp.going} / ${r.rsvp.waitlisted} / ${r.rsvp.goingCount}+${r.rsvp.waitlistCount}`, `${r.rsvp.capacity} / ${r.rsvp.clients - r.rsvp.capacity}`, r.rsvp.correct]);
  for (const p of r.firstLoadJs) {
    const limit = p.map ? t.mapPageJsKb : t.listPageJsKb;
    rows.push([`first-load JS ${p.path}${p.map ? " (map)" : ""}`, `${p.totalKb} kB (${p.initialKb} kB before load)`, `≤ ${limit} kB`, p.totalKb <= limit]);
  }
  const pl = r.places;
  rows.push([`place search, ${pl.queries} typed queries: p50/p95`, `${pl.p50} / ${pl.p95} ms (index built in ${pl.buildMs} ms)`, `p95 ≤ ${t.placesP95Ms} ms`, pl.p95 <= t.placesP95Ms]);
  rows.push(["place search index: resident memory", `+${pl.rssDeltaMb} MB`, `≤ ${t.placesRssMb} MB`, pl.rssDeltaMb <= t.placesRssMb]);
  const w = [Math.max(...rows.map((x) => x[0].length)), Math.max(...rows.map((x) => x[1].length)), Math.max(...rows.map((x) => x[2].length))];
  const m = r.machine;
  console.log(`\nmobilise benchmark — ${r.dataset.actions.toLocaleString("en")} actions (${r.dataset.upcomingPublic.toLocaleString("en")} upcoming and public)`);
  console.log(`${m.nproc} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, PostgreSQL ${m.postgres}; load average ${m.loadAverageAtStart.join(" ")} at start, ${r.loadAverageAtEnd.join(" ")} at the end`);
  console.log(`city viewport: ${r.city.name}, ${r.city.matches} actions in view; autocannon on loopback, ${r.config.rounds} A/B rounds per endpoint, ${r.config.processes} server processes each for app and floor\n`);
  for (const [a, b, c, ok] of rows) console.log(`${a.padEnd(w[0])}  ${b.padEnd(w[1])}  ${c.padEnd(w[2])}  ${ok ? "ok" : "MISSED"}`);
  console.log("");
}
