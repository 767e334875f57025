import { dbKind, getDb } from "./db";
import { migrationNames } from "./db/migration-files";

export type Health =
  | { ok: true; db: "embedded" | "postgres"; migrations: "up-to-date" | "pending" }
  | { ok: false; db: "embedded" | "postgres" };

// Shared by every bundle of this process (instrumentation and route handlers are built apart).
const g = globalThis as typeof globalThis & { __mobiliseHealth?: { known?: Health; checking?: Promise<Health> } };
const state = (g.__mobiliseHealth ??= {});

/**
 * A load balancer polls this: it answers from what the process already knows (migrations are
 * checked once at start, see instrumentation.ts) and touches the database only when asked to
 * (`deep`) or while nothing good is known yet (the start-up check failed or has not finished).
 */
export function checkHealth({ deep }: { deep: boolean }): Promise<Health> {
  if (!deep && state.known?.ok) return Promise.resolve(state.known);
  return refreshHealth();
}

/** Reads the applied migrations now and remembers the answer (concurrent callers share one read). */
export function refreshHealth(): Promise<Health> {
  state.checking ??= readHealth().then((health) => {
    state.known = health;
    state.checking = undefined;
    return health;
  });
  return state.checking;
}

async function readHealth(): Promise<Health> {
  const kind = dbKind();
  try {
    const db = await getDb();
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = migrationNames().some((name) => !applied.has(name));
    return { ok: true, db: kind, migrations: pending ? "pending" : "up-to-date" };
  } catch (e) {
    console.error("[health] database check failed", e instanceof Error ? e.message : e);
    return { ok: false, db: kind };
  }
}
