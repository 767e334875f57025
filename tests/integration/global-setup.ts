import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { TestProject } from "vitest/node";
import { postgresMigrationAdapter } from "@/lib/db/adapters";
import { applyMigrations } from "@/lib/db/migrations";
import { databaseUrl, type TemplateRef } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    dbTemplate: TemplateRef;
  }
}

/** Migrates once per run; every test file then starts from a copy of that template. */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    // Unique per run: several runs (developers, CI) may share one server.
    const template = `mobilise_tpl_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${template}"`);
    await admin.end();
    const adapter = postgresMigrationAdapter(databaseUrl(url, template));
    await applyMigrations(adapter);
    await adapter.close();
    project.provide("dbTemplate", { kind: "postgres", url, template });
    console.log(`[integration] PostgreSQL (${new URL(url).host}), template ${template}`);
    return async () => {
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
      await a.end();
    };
  }
  const pglite = await PGlite.create();
  await applyMigrations(new PrismaPGlite(pglite));
  const dump = await pglite.dumpDataDir("none");
  const dumpPath = path.join(mkdtempSync(path.join(os.tmpdir(), "mobilise-test-")), "template.tar");
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  project.provide("dbTemplate", { kind: "embedded", dumpPath });
  console.log("[integration] embedded PGlite (set TEST_DATABASE_URL for PostgreSQL)");
}
