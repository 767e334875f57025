import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { waitUntil } from "../../wait-until";

export type Instance = { url: string; port: number; dataDir: string; child: ChildProcess; log: () => string; stop: () => Promise<void> };

export type InstanceOptions = {
  port: number;
  databaseUrl: string;
  /** Shared by every instance of one deployment: sessions signed on one verify on another. */
  authSecret?: string;
  env?: Record<string, string>;
  /** Command run with tsx; defaults to the real production start path. */
  script?: string;
  /** "demo" seeds an empty database with the demo accounts; "production" never does. */
  appEnv?: "production" | "demo";
  timeoutMs?: number;
};

export const SHARED_TEST_SECRET = "harden-scale-out-secret-0123456789abcdef";

/**
 * Starts one production app instance (`lib/cli/start.ts`: migrate, build if the source changed,
 * serve) on its own port against a PostgreSQL database, and waits for /api/health. Several of
 * these against one DATABASE_URL are a scaled-out deployment.
 */
export async function startInstance(options: InstanceOptions): Promise<Instance> {
  const url = `http://127.0.0.1:${options.port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `mobilise-instance-${options.port}-`));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TILE_URL: "off",
    ...options.env,
    PORT: String(options.port),
    APP_ENV: options.appEnv ?? "production",
    APP_URL: url,
    AUTH_SECRET: options.authSecret ?? SHARED_TEST_SECRET,
    DATABASE_URL: options.databaseUrl,
    DATA_DIR: dataDir,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.NEXTAUTH_URL;
  delete env.NEXTAUTH_SECRET;
  const child = spawn(process.execPath, [path.join("node_modules", "tsx", "dist", "cli.mjs"), options.script ?? "lib/cli/start.ts"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    // Own process group: stop() ends the server and anything it started, and nothing else.
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (d) => (output = (output + d).slice(-20_000)));
  child.stderr!.on("data", (d) => (output = (output + d).slice(-20_000)));
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        /* already gone */
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  const healthy = async () => {
    if (child.exitCode !== null) throw new Error(`instance on ${options.port} exited (${child.exitCode}):\n${output}`);
    // Refused or timed out: not listening yet, asked again on the next poll.
    return fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) }).then((res) => res.ok, () => false);
  };
  try {
    await waitUntil(`the instance on ${options.port} to be healthy`, healthy, { timeoutMs: options.timeoutMs ?? 300_000, intervalMs: 500 });
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message}:\n${output}`);
  }
  return { url, port: options.port, dataDir, child, log: () => output, stop };
}
