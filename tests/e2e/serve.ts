import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startFakeTileServer } from "./helpers/fake-tiles";

/**
 * The server the journeys run against: the real `npm start` path (migrate, seed demo data,
 * production build) on a fresh database, PostgreSQL when TEST_DATABASE_URL is set.
 */
const port = process.env.E2E_PORT ?? "3100";
// Tiles on, as by default: the app proxies them from a fake provider on loopback (no network here).
// Journeys all come from 127.0.0.1 with two workers: per-address write limits are raised (the limits
// themselves are proven by integration tests); per-account sign-in lockout stays as configured.
const raised = Object.fromEntries(
  ["RSVP", "PLEDGE", "COMMITMENT", "REPORT", "MUTATION_IP", "MUTATION_USER", "SIGN_IN_IP", "MAGIC_LINK_IP", "MAGIC_LINK_EMAIL"].map((n) => [`RATE_LIMIT_${n}`, "10000/60"]),
);
const tiles = await startFakeTileServer();
const env: NodeJS.ProcessEnv = { TILE_URL: tiles.template, ...raised, ...process.env, PORT: port, APP_ENV: "demo", APP_URL: `http://127.0.0.1:${port}` };
env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "mobilise-e2e-"));

const base = process.env.TEST_DATABASE_URL;
if (base) {
  const name = `mobilise_e2e_${port}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
} else {
  delete env.DATABASE_URL;
}

const child = spawn("npx", ["tsx", "lib/cli/start.ts"], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => {
  tiles.close();
  process.exit(code ?? 0);
});
