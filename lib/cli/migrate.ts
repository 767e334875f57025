import { withDatabase } from "../db/prepare";
import { applyMigrations } from "../db/migrations";

// `npm run db:migrate`: apply pending migrations to the embedded database or DATABASE_URL.
const applied = await withDatabase(async ({ kind, adapter }) => {
  const names = await applyMigrations(adapter);
  console.log(`[db] ${kind}: ${names.length ? `applied ${names.join(", ")}` : "migrations up to date"}`);
  return names;
}).catch((e: Error) => {
  console.error(`[db] migration failed: ${e.message}`);
  process.exit(1);
});
void applied;
