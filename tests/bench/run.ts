import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startInstance, type Instance } from "../e2e/helpers/servers";
import { pickCityViewport } from "./city";
import { BENCH, TARGETS } from "./config";
import { firstLoadJs } from "./first-load-js";
import { lighthouseBench } from "./lighthouse-bench";
import { load, type LoadResult } from "./load";
import { machine } from "./machine";
import { placesBenchmark } from "./places";
import { waitForQuiet } from "./quiesce";
import { waitUntil } from "../wait-until";
import { printReport, type BenchResults } from "./report";
import { rsvpBenchmark } from "./rsvp";
import { seedBenchDatabase } from "./seed";
import { spatialBenchmark } from "./spatial";

/**
 * `npm run bench`: seed (or reuse) a PostgreSQL database with a million actions, start the
 * production app and a bare node:http + pg "floor" serving the same SQL, measure them in
 * alternation, then the spatial index, concurrent RSVPs, first-load JavaScript and place search
 * (`npm run bench:places` runs that one alone, without a database). Prints a table and writes
 * tests/bench/results/latest.json. `npm run bench -- lighthouse` runs only the Lighthouse pass
 * (tests/bench/lighthouse-bench.ts).
 */
const log = (s: string) => console.log(`[bench] ${s}`);
const stopAll: (() => Promise<void>)[] = [];

async function startFloor(): Promise<Instance> {
  const url = `http://127.0.0.1:${BENCH.floorPort}`;
  const child = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), "tests/bench/floor-server.ts"], {
    env: { ...process.env, DATABASE_URL: BENCH.databaseUrl, PORT: String(BENCH.floorPort), WEB_CONCURRENCY: String(BENCH.processes) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitUntil("the floor server to be healthy", () => fetch(`${url}/api/health`).then((r) => r.ok, () => false), { timeoutMs: 30_000, intervalMs: 250 });
  const stop = async () => {
    if (child.exitCode === null) {
      const done = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await done;
    }
  };
  return { url, port: BENCH.floorPort, dataDir: "", child, log: () => "", stop };
}

async function main() {
  const results: Partial<BenchResults> = { startedAt: new Date().toISOString(), machine: await machine(BENCH.databaseUrl), config: { ...BENCH, databaseUrl: redact(BENCH.databaseUrl) }, targets: TARGETS };
  const seeded = await seedBenchDatabase(log);
  log(seeded.reused ? "bench database already seeded: reused" : `seeded in ${seeded.seconds} s`);
  const counts = await actionCounts();
  results.dataset = { ...counts, reusedSeed: seeded.reused, seedSeconds: seeded.seconds };

  const city = await pickCityViewport(BENCH.databaseUrl, BENCH.cityTarget);
  log(`city viewport: ${city.name} (${city.matches} upcoming public actions in view)`);
  const cityQuery = `bbox=${city.bbox.join(",")}&limit=100`;
  const worldQuery = "bbox=-180,-85,180,85&zoom=2";

  log("starting the production app (builds first if the source changed) and the floor server…");
  const app = await startInstance({
    port: BENCH.appPort,
    databaseUrl: BENCH.databaseUrl,
    // The floor runs no background work, so neither does the measured app (a deployment can give
    // the job worker to one instance of its own, JOBS_WORKER=0 on the others).
    env: {
      RATE_LIMIT_RSVP: "100000/60", RATE_LIMIT_MUTATION_IP: "100000/60", RATE_LIMIT_MUTATION_USER: "100000/60", JOBS_WORKER: "0",
      WEB_CONCURRENCY: String(BENCH.processes),
    },
    timeoutMs: 900_000,
  });
  stopAll.push(app.stop);
  const floor = await startFloor();
  stopAll.push(floor.stop);

  // World clusters take seconds per request here: with as many connections as the city list they
  // would not finish one request per run, so they get one connection per core and longer runs.
  const endpoints = [
    { name: "city viewport list", path: `/api/actions?${cityQuery}`, targetP95: TARGETS.cityP95Ms, connections: BENCH.connections, seconds: BENCH.seconds },
    { name: "world clusters", path: `/api/actions/clusters?${worldQuery}`, targetP95: TARGETS.worldClustersP95Ms, connections: 2, seconds: BENCH.seconds * 3 },
  ];
  for (const e of endpoints) {
    for (const base of [app.url, floor.url]) {
      const res = await fetch(`${base}${e.path}`);
      if (!res.ok) throw new Error(`${base}${e.path} → ${res.status}: ${(await res.text()).slice(0, 300)}`);
    }
    log(`warming up ${e.name}…`);
    await load(`${app.url}${e.path}`, 3, e.connections);
    await waitForQuiet(BENCH.databaseUrl);
    await load(`${floor.url}${e.path}`, 3, e.connections);
    await waitForQuiet(BENCH.databaseUrl);
  }
  // One request at a time: the service time of each, free of queueing.
  const serial: Record<string, { app: LoadResult; floor: LoadResult }> = {};
  for (const e of endpoints) {
    const app1 = await load(`${app.url}${e.path}`, e.seconds, 1);
    await waitForQuiet(BENCH.databaseUrl);
    const floor1 = await load(`${floor.url}${e.path}`, e.seconds, 1);
    await waitForQuiet(BENCH.databaseUrl);
    serial[e.name] = { app: app1, floor: floor1 };
    log(`one at a time, ${e.name}: app p50 ${app1.p50} ms | floor p50 ${floor1.p50} ms`);
  }
  const runs: Record<string, { app: LoadResult[]; floor: LoadResult[] }> = {};
  for (let round = 1; round <= BENCH.rounds; round++) {
    for (const e of endpoints) {
      const r = (runs[e.name] ??= { app: [], floor: [] });
      r.app.push(await load(`${app.url}${e.path}`, e.seconds, e.connections));
      await waitForQuiet(BENCH.databaseUrl);
      r.floor.push(await load(`${floor.url}${e.path}`, e.seconds, e.connections));
      await waitForQuiet(BENCH.databaseUrl);
      log(`round ${round} ${e.name}: app ${r.app.at(-1)!.rps} req/s p95 ${r.app.at(-1)!.p95} ms | floor ${r.floor.at(-1)!.rps} req/s p95 ${r.floor.at(-1)!.p95} ms`);
    }
  }
  results.http = endpoints.map((e) => ({ name: e.name, path: e.path, targetP95Ms: e.targetP95, connections: e.connections, seconds: e.seconds, serial: serial[e.name], ...runs[e.name] }));
  await floor.stop();

  log("spatial query alone: GiST index vs sequential scan…");
  results.spatial = await spatialBenchmark(BENCH.databaseUrl, city.bbox);

  await waitForQuiet(BENCH.databaseUrl);
  log(`${BENCH.rsvpClients} concurrent RSVPs on one rally of ${BENCH.rsvpCapacity}…`);
  results.rsvp = await rsvpBenchmark(app.url, BENCH.databaseUrl, BENCH.rsvpClients, BENCH.rsvpCapacity);

  log("first-load JavaScript in Chromium…");
  // Map pages (home, an action, a statement) and a list page without a map (the 130 kB target).
  results.firstLoadJs = await firstLoadJs(app.url, ["/en", `/en/actions/${city.sampleSlug}`, "/en/statements/bench-statement-1", "/en/statements"]);
  await app.stop();

  log("place search: gazetteer index in a fresh process…");
  results.places = await placesBenchmark();

  results.city = city;
  results.loadAverageAtEnd = (await import("node:os")).loadavg().map((n) => Math.round(n * 100) / 100);
  results.finishedAt = new Date().toISOString();
  const file = path.join("tests", "bench", "results", "latest.json");
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  printReport(results as BenchResults);
  log(`written ${file}`);
}

async function actionCounts() {
  const client = new pg.Client({ connectionString: BENCH.databaseUrl });
  await client.connect();
  const { rows } = await client.query(`SELECT count(*)::int AS actions, count(*) FILTER (WHERE "status" = 'PUBLISHED' AND "endsAt" >= now())::int AS "upcomingPublic" FROM "Action"`);
  await client.end();
  return rows[0] as { actions: number; upcomingPublic: number };
}

const redact = (url: string) => url.replace(/\/\/[^@/]*@/, "//…@");

(process.argv[2] === "lighthouse" ? lighthouseBench(log) : main())
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const stop of stopAll) await stop().catch(() => {});
  });
