import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { embeddedDir } from "../db/adapters";
import { lockDataDir } from "../db/embedded-lock";

/**
 * `npm run db:restore -- FILE [--force]`: pg_restore into DATABASE_URL (which should be empty),
 * or rebuild the embedded data folder from a backup. Refuses to overwrite data without --force.
 */
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
const force = args.includes("--force");
if (!file || !existsSync(file)) {
  console.error("usage: npm run db:restore -- BACKUP_FILE [--force]");
  process.exit(2);
}
const url = process.env.DATABASE_URL;
if (url) {
  const r = spawnSync("pg_restore", ["--no-owner", "--exit-on-error", ...(force ? ["--clean", "--if-exists"] : []), "-d", url, file], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
} else {
  const dir = embeddedDir();
  const release = lockDataDir(dir);
  try {
    if (existsSync(dir) && readdirSync(dir).length > 0) {
      if (!force) {
        console.error(`[restore] ${dir} already holds a database; pass --force to replace it`);
        process.exit(1);
      }
      rmSync(dir, { recursive: true, force: true });
    }
    const pglite = await PGlite.create(dir, { loadDataDir: new Blob([readFileSync(file)]) });
    await pglite.close();
  } finally {
    release();
  }
}
console.log(`[restore] restored ${file}`);
