import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openApiDocument } from "../openapi/document";

// The document as a deployment serves it (a real public origin, not localhost), built from the
// code with no server, then linted by Redocly with every warning counted as an error.
process.env.APP_URL ??= "https://mobilise.invalid";
const dir = mkdtempSync(path.join(os.tmpdir(), "mobilise-openapi-"));
const file = path.join(dir, "openapi.json");
try {
  writeFileSync(file, JSON.stringify(openApiDocument(), null, 2));
  const config = path.join(import.meta.dirname, "../openapi/redocly.yaml");
  const bin = path.join(process.cwd(), "node_modules/.bin/redocly");
  const run = spawnSync(bin, ["lint", file, "--config", config], { stdio: "inherit" });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
