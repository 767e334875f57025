import { readFileSync } from "node:fs";
import os from "node:os";
import pg from "pg";

/** The machine the figures come from: without it, a benchmark number means little. */
export async function machine(databaseUrl: string) {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown";
  let postgres = "unknown";
  try {
    const c = new pg.Client({ connectionString: databaseUrl.replace(/\/[^/]*$/, "/postgres") });
    await c.connect();
    postgres = (await c.query("SHOW server_version")).rows[0].server_version;
    await c.end();
  } catch {
    /* reported as unknown */
  }
  return {
    nproc: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    cpuModel: model,
    node: process.version,
    postgres,
    loadAverageAtStart: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}
