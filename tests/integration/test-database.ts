import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { postgresAdapter } from "@/lib/db/adapters";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { waitUntil } from "../wait-until";
import { countingAdapter } from "./helpers/statement-log";

export type TemplateRef = { kind: "postgres"; url: string; template: string } | { kind: "embedded"; dumpPath: string };

export function databaseUrl(base: string, name: string) {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * A fresh, migrated database for one test file: a copy of the migrated template on PostgreSQL,
 * or an in-memory PGlite loaded from the migrated template's dump on the embedded path.
 */
export async function openTestDatabase(ref: TemplateRef) {
  if (ref.kind === "postgres") {
    const name = `mobilise_t_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: ref.url });
    await admin.connect();
    // Two files copying the template at the same instant collide; the copy is quick, so retry
    // until the template is free again (any other error is thrown at once).
    await waitUntil(
      "the template database to be free to copy",
      () =>
        admin.query(`CREATE DATABASE "${name}" TEMPLATE "${ref.template}"`).then(
          () => true,
          (e: unknown) => {
            if (!/being accessed by other users/.test(String(e))) throw e;
            return false;
          },
        ),
      { timeoutMs: 20_000, intervalMs: 150 },
    );
    await admin.end();
    const url = databaseUrl(ref.url, name);
    const client = new PrismaClient({ adapter: countingAdapter(postgresAdapter(url)) });
    return {
      kind: "postgres" as const,
      url,
      client,
      close: async () => {
        await client.$disconnect();
        const a = new pg.Client({ connectionString: ref.url });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await a.end();
      },
    };
  }
  const dump = new Blob([readFileSync(ref.dumpPath)]);
  const pglite = await PGlite.create({ loadDataDir: dump });
  const client = new PrismaClient({ adapter: countingAdapter(new PrismaPGlite(pglite)) });
  return {
    kind: "embedded" as const,
    url: undefined,
    client,
    close: async () => {
      await client.$disconnect();
      await pglite.close();
    },
  };
}

/** The current test file's database (its URL on PostgreSQL), for tests that run CLI tools against it. */
export function currentTestDatabase(): { kind: "postgres" | "embedded"; url?: string } {
  const info = (globalThis as { __mobiliseTestDb?: { kind: "postgres" | "embedded"; url?: string } }).__mobiliseTestDb;
  if (!info) throw new Error("no test database");
  return info;
}
