import { PrismaClient } from "./generated/prisma/client";
import { openEmbedded, postgresAdapter, type DbKind } from "./db/adapters";

/**
 * One Prisma client per process. On PostgreSQL it is built at once; the embedded database is
 * opened on first use so that `next build` (which imports route modules) never touches it.
 */
type Holder = { client?: PrismaClient; kind?: DbKind; ready?: Promise<PrismaClient> };
const g = globalThis as typeof globalThis & { __mobiliseDb?: Holder };
const holder: Holder = (g.__mobiliseDb ??= {});

export function dbKind(): DbKind {
  return holder.kind ?? (process.env.DATABASE_URL ? "postgres" : "embedded");
}

/** Resolves the client, opening the embedded database if needed. */
export function getDb(): Promise<PrismaClient> {
  if (holder.client) return Promise.resolve(holder.client);
  holder.ready ??= (async () => {
    const url = process.env.DATABASE_URL;
    if (url) {
      holder.kind = "postgres";
      holder.client = new PrismaClient({ adapter: postgresAdapter(url) });
    } else {
      const { adapter } = await openEmbedded();
      holder.kind = "embedded";
      holder.client = new PrismaClient({ adapter });
    }
    return holder.client;
  })();
  return holder.ready;
}

/** Tests (and tools) hand in a client bound to their own database. */
export function useDbClient(client: PrismaClient, kind: DbKind) {
  holder.client = client;
  holder.kind = kind;
  holder.ready = Promise.resolve(client);
}
