import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { openEmbedded, dataDir } from "../db/adapters";

/**
 * `npm run db:backup [-- FILE]`: pg_dump -Fc on PostgreSQL; on the embedded database a consistent
 * dump of the data folder (taken while holding its lock, so nothing writes meanwhile).
 */
const url = process.env.DATABASE_URL;
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const target = process.argv[2] ?? path.join(dataDir(), "backups", url ? `mobilise-${stamp}.dump` : `mobilise-${stamp}.tar.gz`);
mkdirSync(path.dirname(target), { recursive: true });

if (url) {
  const r = spawnSync("pg_dump", ["-Fc", "--no-owner", "-f", target, url], { stdio: "inherit" });
  if (r.status !== 0) {
    console.error("[backup] pg_dump failed (is postgresql-client installed and the same major version or newer?)");
    process.exit(r.status ?? 1);
  }
} else {
  const db = await openEmbedded();
  try {
    const dump = await db.pglite.dumpDataDir("gzip");
    writeFileSync(target, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
  } finally {
    await db.close();
  }
}
console.log(`[backup] wrote ${target}`);
