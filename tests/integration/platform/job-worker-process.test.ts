import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";

type Line = { pid?: number; jobs?: boolean; listening?: number };

/** Starts the fixture primary; collects what its server processes report. */
function startCluster(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/integration/platform/fixtures/cluster.ts"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines: Line[] = [];
  createInterface({ input: child.stdout! }).on("line", (l) => lines.push(JSON.parse(l) as Line));
  return { child, lines, processes: () => lines.filter((l) => l.pid !== undefined) };
}

let running: ChildProcess | undefined;
afterEach(async () => {
  if (!running || running.exitCode !== null) return;
  const exited = new Promise((r) => running!.once("exit", r));
  running.kill("SIGTERM");
  await exited;
});

describe("server processes on one machine", () => {
  it("by default one per core, and exactly one of them runs the job worker and the scheduled tasks", async () => {
    const c = startCluster({});
    running = c.child;
    const cores = os.availableParallelism();
    await expect.poll(() => c.lines.some((l) => l.listening === cores), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => c.processes().length, { timeout: 30_000 }).toBe(cores);
    expect(c.processes().filter((p) => p.jobs)).toHaveLength(1);
  });

  it("with four processes, still one job worker, and it is handed on when its process dies", async () => {
    const c = startCluster({ WEB_CONCURRENCY: "4" });
    running = c.child;
    await expect.poll(() => c.processes().length, { timeout: 30_000 }).toBe(4);
    const first = c.processes().filter((p) => p.jobs);
    expect(first).toHaveLength(1);
    process.kill(first[0].pid!, "SIGKILL");
    // The replacement takes the job over; a fifth process reports, and it is the one with jobs.
    await expect.poll(() => c.processes().length, { timeout: 30_000 }).toBe(5);
    const replacement = c.processes()[4];
    expect(replacement.pid).not.toBe(first[0].pid);
    expect(replacement.jobs).toBe(true);
    // Killing a process without the job gives no second job worker.
    const plain = c.processes().find((p) => !p.jobs)!;
    process.kill(plain.pid!, "SIGKILL");
    await expect.poll(() => c.processes().length, { timeout: 30_000 }).toBe(6);
    expect(c.processes()[5].jobs).toBe(false);
  });

  it("JOBS_WORKER=0 keeps the job worker off in every process", async () => {
    const c = startCluster({ WEB_CONCURRENCY: "3", JOBS_WORKER: "0" });
    running = c.child;
    await expect.poll(() => c.processes().length, { timeout: 30_000 }).toBe(3);
    expect(c.processes().filter((p) => p.jobs)).toEqual([]);
  });
});
