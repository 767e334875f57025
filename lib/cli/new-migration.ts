import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { MIGRATIONS_DIR, diffMigrationsToSchema } from "../db/migrations";

/**
 * `npm run db:migration -- NAME` writes prisma/migrations/<timestamp>_NAME/migration.sql from the
 * difference between the existing migrations and schema.prisma, computed on a throw-away
 * in-memory database. `--check` only reports drift (exit 1 when schema and migrations differ).
 */
const args = process.argv.slice(2);
const check = args.includes("--check");
const name = args.find((a) => !a.startsWith("--"));

const sql = await diffMigrationsToSchema(new PrismaPGlite(new PGlite()));
if (check) {
  if (sql) {
    console.error("[migration] schema.prisma and prisma/migrations differ:\n" + sql);
    process.exit(1);
  }
  console.log("[migration] no drift: migrations match schema.prisma");
  process.exit(0);
}
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- name_in_snake_case [--check]");
  process.exit(2);
}
if (!sql) {
  console.log("[migration] nothing to do: schema.prisma matches the migrations");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql + "\n");
console.log(`[migration] wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
