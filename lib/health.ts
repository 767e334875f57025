import { dbKind, getDb } from "./db";
import { migrationNames } from "./db/migration-files";

export type Health =
  | { ok: true; db: "embedded" | "postgres"; migrations: "up-to-date" | "pending" }
  | { ok: false; db: "embedded" | "postgres"; error: string };

export async function checkHealth(): Promise<Health> {
  const kind = dbKind();
  try {
    const db = await getDb();
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = migrationNames().some((name) => !applied.has(name));
    return { ok: true, db: kind, migrations: pending ? "pending" : "up-to-date" };
  } catch {
    return { ok: false, db: kind, error: "database unreachable" };
  }
}
