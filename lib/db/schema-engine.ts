import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * Prisma's own schema engine compiled to WebAssembly (an npm package), driven through a driver
 * adapter. The CLI's `migrate` commands need a native engine downloaded from outside the npm
 * registry; this one works offline on PGlite and PostgreSQL alike.
 */
type Bg = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
export type SchemaEngine = Awaited<ReturnType<Bg["SchemaEngine"]["new"]>>;

let loaded: Promise<Bg> | undefined;

async function loadWasm(): Promise<Bg> {
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const require = createRequire(import.meta.url);
  const jsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(path.dirname(jsPath), "schema_engine_bg.wasm");
  // Node 20 cannot `import` a .wasm module without a flag, so instantiate it by hand.
  const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bg;
}

export const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");

export function readSchemaFiles() {
  return [{ path: "schema.prisma", content: readFileSync(SCHEMA_PATH, "utf8") }];
}

export async function openSchemaEngine(factory: SqlMigrationAwareDriverAdapterFactory): Promise<SchemaEngine> {
  loaded ??= loadWasm();
  const bg = await loaded;
  const files = readSchemaFiles();
  return bg.SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content] as [string, string]) },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
