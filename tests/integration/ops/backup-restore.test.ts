import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { getDb } from "@/lib/db";
import { postgresAdapter } from "@/lib/db/adapters";
import { tableChecksums } from "@/lib/db/checksum";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { seedDemo } from "@/prisma/seed";
import { currentTestDatabase, databaseUrl } from "../test-database";

const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
const run = (script: string, args: string[], env: Record<string, string | undefined>) =>
  execFileSync(tsx, [path.join("lib", "cli", script), ...args], { env: { ...process.env, ...env }, encoding: "utf8", stdio: "pipe" });

describe("backup and restore", () => {
  it("restores into a fresh database with identical row counts and checksums", async () => {
    const info = currentTestDatabase();
    const dir = mkdtempSync(path.join(os.tmpdir(), "mobilise-backup-"));
    if (info.kind === "postgres") {
      const db = await getDb();
      await seedDemo(db);
      const before = await tableChecksums(db);
      const file = path.join(dir, "backup.dump");
      run("backup.ts", [file], { DATABASE_URL: info.url });
      const fresh = `mobilise_t_restore_${process.pid}`;
      const admin = new pg.Client({ connectionString: info.url });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${fresh}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${fresh}"`);
      const url = databaseUrl(info.url!, fresh);
      try {
        run("restore.ts", [file], { DATABASE_URL: url });
        const restored = new PrismaClient({ adapter: postgresAdapter(url) });
        const after = await tableChecksums(restored);
        await restored.$disconnect();
        expect(after).toEqual(before);
        expect(before.Action.rows).toBeGreaterThan(80);
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS "${fresh}" WITH (FORCE)`);
        await admin.end();
      }
    } else {
      const source = path.join(dir, "source");
      run("seed.ts", [], { DATA_DIR: source, DATABASE_URL: "" });
      const file = path.join(dir, "backup.tar.gz");
      run("backup.ts", [file], { DATA_DIR: source, DATABASE_URL: "" });
      const target = path.join(dir, "target");
      run("restore.ts", [file], { DATA_DIR: target, DATABASE_URL: "" });
      const checksums = async (dataDir: string) => {
        const pglite = await PGlite.create(path.join(dataDir, "pglite"));
        const client = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
        const sums = await tableChecksums(client);
        await client.$disconnect();
        await pglite.close();
        return sums;
      };
      const before = await checksums(source);
      const after = await checksums(target);
      expect(after).toEqual(before);
      expect(before.Action.rows).toBeGreaterThan(80);
    }
  });
});
