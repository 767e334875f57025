import path from "node:path";
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { lockDataDir } from "./embedded-lock";

export type DbKind = "embedded" | "postgres";

export function dataDir() {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? path.join(process.cwd(), "data"));
}

export function embeddedDir() {
  return path.join(dataDir(), "pglite");
}

export function postgresAdapter(url: string) {
  const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  return new PrismaPg({ connectionString: url, max });
}

type ScriptRunner = { executeScript(script: string): Promise<void>; client: { query(sql: string): Promise<unknown> } };

/**
 * The pg adapter splits migration scripts on every ";", which breaks function bodies
 * ($$ ... $$). Send the script whole instead: PostgreSQL's simple query protocol runs it as is.
 */
export function postgresMigrationAdapter(url: string): SqlMigrationAwareDriverAdapterFactory & { close(): Promise<void> } {
  const inner = postgresAdapter(url);
  const opened: { dispose(): Promise<void> }[] = [];
  const wholeScripts = <T extends { dispose(): Promise<void> }>(adapter: T): T => {
    const a = adapter as unknown as ScriptRunner;
    a.executeScript = async (script) => {
      await a.client.query(script);
    };
    opened.push(adapter);
    return adapter;
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => wholeScripts(await inner.connect()),
    connectToShadowDb: async () => wholeScripts(await inner.connectToShadowDb()),
    // The schema engine does not end its pools; a template database must have no connections left.
    close: async () => {
      // A pool already ended by its user rejects dispose(); it holds no connection either way.
      await Promise.all(opened.splice(0).map((a) => a.dispose().catch(() => {})));
    },
  };
}

/** Opens (and locks) the embedded database folder; `close` releases both. */
export async function openEmbedded(dir = embeddedDir()) {
  mkdirSync(path.dirname(dir), { recursive: true });
  const release = lockDataDir(dir);
  try {
    const pglite = await PGlite.create(dir);
    return {
      pglite,
      adapter: new PrismaPGlite(pglite),
      close: async () => {
        await pglite.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}
