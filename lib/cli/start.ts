import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "../env/schema";
import { ensureDevSecret } from "../env/secret";
import { prepareDatabase } from "./prepare-database";
import { sourceFingerprint } from "./build-fingerprint";
import { serve } from "./serve";

/**
 * `npm start` (and `npm run dev` with --dev): validate configuration, migrate, seed demo data
 * into an empty database, build when the source changed, then serve. The database is prepared
 * in this process and released before the server opens it: one owner at a time.
 */
const dev = process.argv.includes("--dev");
process.env.APP_ENV ??= dev ? "development" : "demo";
process.env.NEXT_TELEMETRY_DISABLED = "1";

let env;
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
const appUrl = env.APP_URL ?? `http://localhost:${env.PORT}`;
process.env.NEXTAUTH_SECRET ??= process.env.AUTH_SECRET;
process.env.NEXTAUTH_URL ??= appUrl;

try {
  await prepareDatabase({ seedIfEmpty: env.APP_ENV !== "production" });
} catch (e) {
  console.error(`[mobilise] database not ready: ${(e as Error).message}`);
  process.exit(1);
}

const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
if (!dev) {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const stamp = path.join(process.cwd(), distDir, "mobilise-fingerprint");
  const fingerprint = sourceFingerprint();
  const built = existsSync(path.join(process.cwd(), distDir, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint;
  if (!built) {
    console.log("[mobilise] building the app (first start or source changed)…");
    const r = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env: process.env });
    if (r.status !== 0) process.exit(r.status ?? 1);
    writeFileSync(stamp, fingerprint);
  }
}

await serve({ port: env.PORT, dev });
console.log(`[mobilise] serving ${appUrl}`);
