import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startInstance } from "../e2e/helpers/servers";
import { lighthouseFigures } from "./lighthouse";

/**
 * `npm run bench -- lighthouse`: a production server with the demo data on a fresh PostgreSQL
 * database, then Lighthouse (mobile, simulated throttling, median of 3) on the home page in
 * English and Arabic, a rally, a donation drive and a statement. Writes results/lighthouse.json.
 */
const port = Number(process.env.LIGHTHOUSE_PORT ?? 3198);
const baseDatabaseUrl = process.env.LIGHTHOUSE_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

export async function lighthouseBench(log: (s: string) => void) {
  const databaseUrl = await freshDatabase(`mobilise_lighthouse_${port}`);
  log(`starting the production app with demo data on port ${port} (builds first if the source changed)…`);
  const app = await startInstance({ port, databaseUrl, appEnv: "demo", env: { JOBS_WORKER: "0" }, timeoutMs: 900_000 });
  try {
    const pick = async (query: string) => {
      const { items } = (await (await fetch(`${app.url}${query}`)).json()) as { items: { slug: string }[] };
      if (!items?.length) throw new Error(`nothing at ${query}`);
      return items[0].slug;
    };
    const paths = [
      "/en",
      "/ar",
      `/en/actions/${await pick("/api/actions?kind=RALLY&limit=1")}`,
      `/en/actions/${await pick("/api/actions?kind=DONATION_DRIVE&limit=1")}`,
      `/en/statements/${await pick("/api/statements")}`,
    ];
    const loadAverageAtStart = os.loadavg().map((n) => Math.round(n * 100) / 100);
    const figures = [];
    for (const p of paths) {
      const [f] = await lighthouseFigures(app.url, [p], runs);
      log(`${p}: performance ${f.score}, TBT ${f.tbtMs} ms, LCP ${f.lcpMs} ms, legacy JavaScript ${f.legacyJsKb} kB`);
      figures.push(f);
    }
    const loadAverageAtEnd = os.loadavg().map((n) => Math.round(n * 100) / 100);
    console.table(figures.map((f) => ({ page: f.path, performance: f.score, "TBT ms": f.tbtMs, "LCP ms": f.lcpMs, "legacy JS kB": f.legacyJsKb })));
    log(`load average ${loadAverageAtStart.join(" ")} → ${loadAverageAtEnd.join(" ")} on ${os.availableParallelism()} cores: on a shared machine these figures are noisy`);
    const file = path.join("tests", "bench", "results", "lighthouse.json");
    writeFileSync(file, `${JSON.stringify({ finishedAt: new Date().toISOString(), runs, loadAverageAtStart, loadAverageAtEnd, figures }, null, 2)}\n`);
    log(`written ${file}`);
  } finally {
    await app.stop();
  }
}

async function freshDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: baseDatabaseUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseDatabaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
