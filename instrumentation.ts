/**
 * Next calls register() once per server process. The job worker (mails, reminders, the
 * retention purge) runs here, in the Node runtime only, and never while `next build` collects
 * pages (that must not touch the database). JOBS_WORKER=0 turns it off: set by an operator for an
 * instance that should only serve requests, and by lib/cli/workers.ts for all but one of an
 * instance's server processes. Health learns the migration status here, once, at start.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { refreshHealth } = await import("./lib/health");
  void refreshHealth();
  if (process.env.JOBS_WORKER === "0") return;
  const { startJobWorker } = await import("./lib/jobs/worker");
  startJobWorker();
}
