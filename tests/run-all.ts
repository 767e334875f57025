import { spawnSync } from "node:child_process";
import { chromiumPath } from "./e2e/chromium";

/**
 * `npm test`: unit and integration tests (vitest), then the Chromium journeys (Playwright)
 * against a production build. Without Chromium the journeys are skipped loudly, unless
 * E2E_REQUIRED is set (CI), where a missing browser is a failure.
 */
process.env.NEXT_TELEMETRY_DISABLED = "1";
const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "inherit", env: process.env }).status ?? 1;

const results: Record<string, number> = {};
results.vitest = run("npx", ["vitest", "run"]);

if (chromiumPath()) {
  results.e2e = run("npx", ["playwright", "test"]);
} else if (process.env.E2E_REQUIRED) {
  console.error("\n✗ E2E_REQUIRED is set but no Chromium was found (apt-get install -y chromium).\n");
  results.e2e = 1;
} else {
  console.warn("\n" + "!".repeat(72) + "\n! Browser journeys SKIPPED: no Chromium found (apt-get install -y chromium).\n" + "!".repeat(72) + "\n");
}

const failed = Object.entries(results).filter(([, code]) => code !== 0);
console.log(`\nnpm test: ${Object.keys(results).length - failed.length} suites passed, ${failed.length} failed${failed.length ? ` (${failed.map(([k]) => k).join(", ")})` : ""}`);
process.exit(failed.length ? 1 : 0);
