import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { prepareDatabase } from "@/lib/cli/prepare-database";
import { withClient, withDatabase } from "@/lib/db/prepare";
import { tableChecksums } from "@/lib/db/checksum";
import { currentTestDatabase, databaseUrl } from "../test-database";

/** What `npm start` does to a database before serving: migrate, and seed only when empty. */
async function snapshot() {
  return withDatabase(({ adapter }) => withClient(adapter, (db) => tableChecksums(db)));
}

describe("npm start's database preparation", () => {
  it("migrates and seeds an empty database once; a second start adds nothing", async () => {
    const info = currentTestDatabase();
    const saved = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR };
    let cleanup = async () => {};
    if (info.kind === "postgres") {
      const name = `mobilise_t_start_${process.pid}`;
      const admin = new pg.Client({ connectionString: info.url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
      process.env.DATABASE_URL = databaseUrl(info.url!, name);
      cleanup = async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      };
    } else {
      delete process.env.DATABASE_URL;
      process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "mobilise-start-"));
    }
    try {
      await prepareDatabase({ seedIfEmpty: true });
      const first = await snapshot();
      expect(first.Action.rows).toBeGreaterThanOrEqual(80);
      expect(first._prisma_migrations.rows).toBeGreaterThanOrEqual(1);
      await prepareDatabase({ seedIfEmpty: true });
      expect(await snapshot()).toEqual(first);
    } finally {
      Object.assign(process.env, saved);
      if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
      if (saved.DATA_DIR === undefined) delete process.env.DATA_DIR;
      await cleanup();
    }
  });

  it("never seeds demo data in production", async () => {
    const saved = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR };
    delete process.env.DATABASE_URL;
    process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "mobilise-prod-"));
    try {
      await prepareDatabase({ seedIfEmpty: false });
      const sums = await snapshot();
      expect(sums.Action.rows).toBe(0);
      expect(sums.User.rows).toBe(0);
    } finally {
      Object.assign(process.env, saved);
      if (saved.DATABASE_URL === undefined) delete process.env.DATABASE_URL;
      if (saved.DATA_DIR === undefined) delete process.env.DATA_DIR;
    }
  });
});
