import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

// package.json: its browserslist decides what the client bundles are compiled for.
const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "next.config.js", "package.json", "package-lock.json", "tsconfig.json"];
const SKIP = new Set(["generated", "node_modules", ".next", "data"]);

/** Cheap stand-in for "has the source changed since the last build": paths, sizes and mtimes. */
export function sourceFingerprint(root = process.cwd()): string {
  const hash = createHash("sha1");
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!SKIP.has(name)) walk(path.join(p, name));
    } else {
      hash.update(`${path.relative(root, p)}:${st.size}:${Math.floor(st.mtimeMs)}\n`);
    }
  };
  for (const s of SOURCES) walk(path.join(root, s));
  return hash.digest("hex");
}
