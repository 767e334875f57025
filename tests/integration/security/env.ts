import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEFAULT_LIMITS, type LimitName } from "@/lib/rate-limit/limits";

/**
 * Security tests send thousands of requests from few addresses; they test permissions and
 * input handling, not the limiter (which has its own tests), so every limit is raised. Mail
 * (magic links) goes to a throw-away outbox instead of the working copy's data folder.
 */
export function prepareSecurityEnv() {
  for (const name of Object.keys(DEFAULT_LIMITS) as LimitName[]) process.env[`RATE_LIMIT_${name}`] = "1000000/60";
  process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "mobilise-security-"));
  delete process.env.SMTP_URL;
}
