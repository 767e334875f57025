import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseEnv, type Env } from "../env/schema";
import { ensureDevSecret } from "../env/secret";
import { prepareDatabase } from "./prepare-database";
import { sourceFingerprint } from "./build-fingerprint";
import { serve } from "./serve";
import { isWorkerProcess, runWorker, startWorkers, workerCount } from "./workers";

/**
 * `npm start` (and `npm run dev` with --dev): validate configuration, migrate, seed demo data
 * into an empty database, build when the source changed, then serve. The database is prepared
 * in this process and released before the server opens it: one owner at a time. On PostgreSQL,
 * WEB_CONCURRENCY > 1 forks that many server processes once everything is ready.
 */
if (isWorkerProcess()) {
  // Forked by the primary after it prepared the database and the build; its env is ours.
  await runWorker(() => serve({ port: Number(process.env.PORT), dev: false }));
} else {
  await startPrimary(process.argv.includes("--dev"));
}

async function startPrimary(dev: boolean) {
  process.env.APP_ENV ??= dev ? "development" : "demo";
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const env = configure();
  const appUrl = env.APP_URL ?? `http://localhost:${env.PORT}`;
  process.env.NEXTAUTH_SECRET ??= process.env.AUTH_SECRET;
  process.env.NEXTAUTH_URL ??= appUrl;

  try {
    await prepareDatabase({ seedIfEmpty: env.APP_ENV !== "production" });
  } catch (e) {
    console.error(`[mobilise] database not ready: ${(e as Error).message}`);
    process.exit(1);
  }
  if (!dev) buildIfChanged();

  const workers = dev ? 1 : workerCount(env);
  if (workers > 1) {
    process.env.PORT = String(env.PORT);
    await startWorkers(workers, (line) => console.log(`[mobilise] ${line}`));
  } else {
    await serve({ port: env.PORT, dev });
  }
  console.log(`[mobilise] serving ${appUrl}${workers > 1 ? ` with ${workers} server processes` : ""}`);
}

function configure(): Env {
  let env: Env;
  try {
    env = parseEnv(process.env);
  } catch (e) {
    console.error(`[mobilise] ${(e as Error).message}`);
    process.exit(1);
  }
  const dataDir = path.resolve(env.DATA_DIR);
  process.env.DATA_DIR = dataDir;
  if (!env.AUTH_SECRET) {
    process.env.AUTH_SECRET = ensureDevSecret(dataDir);
    console.log(`[mobilise] ${env.APP_ENV} mode: using the generated secret in ${path.join(dataDir, "auth-secret")}`);
  }
  return env;
}

function buildIfChanged() {
  const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const stamp = path.join(process.cwd(), distDir, "mobilise-fingerprint");
  const fingerprint = sourceFingerprint();
  const built = existsSync(path.join(process.cwd(), distDir, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint;
  if (built) return;
  console.log("[mobilise] building the app (first start or source changed)…");
  const r = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(stamp, fingerprint);
}
