import { applyMigrations } from "../db/migrations";
import { withClient, withDatabase } from "../db/prepare";
import { seedDemo } from "../../prisma/seed";

/** Migrate; then, outside production, put the demo data into a database that has nothing yet. */
export async function prepareDatabase({ seedIfEmpty }: { seedIfEmpty: boolean }) {
  await withDatabase(async ({ kind, adapter }) => {
    const applied = await applyMigrations(adapter);
    console.log(`[db] ${kind}: ${applied.length ? `applied ${applied.join(", ")}` : "migrations up to date"}`);
    if (!seedIfEmpty) return;
    await withClient(adapter, async (db) => {
      const [users, statements] = await Promise.all([db.user.count(), db.statement.count()]);
      if (users + statements > 0) return;
      await seedDemo(db);
      console.log(`[db] ${kind}: demo data created`);
    });
  });
}
