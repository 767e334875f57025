import cluster from "node:cluster";
import os from "node:os";

type Serve = () => Promise<unknown>;

/**
 * Several server processes on one port (node:cluster), so one machine's cores all serve
 * requests. Each process is an ordinary instance: sessions, rate limits, the job queue and the
 * discovery cache all live in PostgreSQL or are checked against it, exactly as for instances on
 * different machines. On PostgreSQL the default is one per core; the embedded database lives
 * inside its one process, so it always gets one.
 */
export function workerCount(env: { WEB_CONCURRENCY?: number; DATABASE_URL?: string }, cores = os.availableParallelism()): number {
  return env.DATABASE_URL ? (env.WEB_CONCURRENCY ?? cores) : 1;
}

export function isWorkerProcess(): boolean {
  return cluster.isWorker;
}

/**
 * In the primary: start `count` workers, replace any that dies unexpectedly, stop them on
 * SIGINT/SIGTERM. Exactly one of them runs the job worker and the scheduled tasks (unless
 * JOBS_WORKER=0 turns it off for the whole instance): the others get JOBS_WORKER=0, and when the
 * one that has it dies, its replacement takes the job over.
 */
export async function startWorkers(count: number, log: (line: string) => void): Promise<void> {
  let stopping = false;
  const jobs = process.env.JOBS_WORKER ?? "1";
  let jobsPid: number | undefined;
  const fork = (runsJobs: boolean) => {
    const worker = cluster.fork({ JOBS_WORKER: runsJobs ? jobs : "0" });
    if (runsJobs) jobsPid = worker.process.pid;
  };
  for (let i = 0; i < count; i++) fork(i === 0);
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    log(`server process ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    fork(worker.process.pid === jobsPid);
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    process.on(sig, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(sig);
      // Leave once every worker has gone (or after a grace period).
      const done = () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0);
      cluster.on("exit", done);
      setTimeout(() => process.exit(0), 10_000).unref();
      done();
    });
  }
  let listening = 0;
  await new Promise<void>((resolve) => {
    cluster.on("listening", () => {
      if (++listening === count) resolve();
    });
  });
}

/** In a worker: serve, and leave cleanly when the primary says so. */
export async function runWorker(serve: Serve): Promise<void> {
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => process.exit(0));
  await serve();
}
