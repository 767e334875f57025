import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "../generated/prisma/client";
import { openEmbedded, postgresMigrationAdapter, type DbKind } from "./adapters";

type Opened = { kind: DbKind; adapter: SqlMigrationAwareDriverAdapterFactory; close: () => Promise<void> };

/** Opens the configured database for a one-off tool run (migrate, seed) and closes it after. */
export async function withDatabase<T>(fn: (db: Opened) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  let opened: Opened;
  if (url) {
    const adapter = postgresMigrationAdapter(url);
    opened = { kind: "postgres", adapter, close: () => adapter.close() };
  } else {
    const e = await openEmbedded();
    opened = { kind: "embedded", adapter: e.adapter, close: e.close };
  }
  try {
    return await fn(opened);
  } finally {
    await opened.close();
  }
}

export async function withClient<T>(adapter: SqlMigrationAwareDriverAdapterFactory, fn: (db: PrismaClient) => Promise<T>) {
  const db = new PrismaClient({ adapter });
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}
