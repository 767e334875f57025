import { withClient, withDatabase } from "../db/prepare";
import { applyMigrations } from "../db/migrations";
import { seedDemo } from "../../prisma/seed";

// `npm run db:seed`: demo data, deterministic and idempotent (safe to run again).
await withDatabase(async ({ kind, adapter }) => {
  await applyMigrations(adapter);
  const { created } = await withClient(adapter, (db) => seedDemo(db));
  console.log(`[seed] ${kind}: ${created ? "demo data created" : "demo data already present, nothing added twice"}`);
}).catch((e: Error) => {
  console.error(`[seed] failed: ${e.message}`);
  process.exit(1);
});
