import { setNudgeHandler } from "./nudge";
import { drainJobs } from "./run";
import { runHousekeeping, runScheduledTasks } from "./scheduled";

const POLL_MS = Number(process.env.JOBS_POLL_MS ?? 5_000);
const SCHEDULE_MS = Number(process.env.JOBS_SCHEDULE_MS ?? 60_000);
const HOUSEKEEPING_MS = 6 * 3_600_000;

type Worker = { stop: () => void };
const g = globalThis as typeof globalThis & { __mobiliseWorker?: Worker };

/**
 * The in-process worker, started once per server process (instrumentation.ts). It polls the Job
 * table, runs the minute tasks, and wakes early when a request in this process queued something.
 * No extra server: the queue is a table in the app's own database, on PostgreSQL or embedded.
 */
export function startJobWorker(): Worker {
  if (g.__mobiliseWorker) return g.__mobiliseWorker;
  let stopped = false;
  let running = false;
  let again = false;
  let lastSchedule = 0;
  let lastHousekeeping = 0;
  let timer: NodeJS.Timeout | undefined;

  const tick = async () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const now = Date.now();
      if (now - lastSchedule >= SCHEDULE_MS) {
        lastSchedule = now;
        await runScheduledTasks(new Date(now));
      }
      if (now - lastHousekeeping >= HOUSEKEEPING_MS) {
        lastHousekeeping = now;
        await runHousekeeping(new Date(now));
      }
      await drainJobs();
    } catch (e) {
      console.error("[jobs] worker tick failed", e instanceof Error ? e.message : e);
    } finally {
      running = false;
      if (again && !stopped) {
        again = false;
        void tick();
      }
    }
  };
  const loop = () => {
    timer = setTimeout(async () => {
      await tick();
      if (!stopped) loop();
    }, POLL_MS);
    timer.unref();
  };
  setNudgeHandler(() => void tick());
  // One line per process that runs it: of an instance's server processes, exactly one should.
  console.log(`[jobs] job worker and scheduled tasks run in server process ${process.pid}`);
  void tick();
  loop();
  g.__mobiliseWorker = {
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      setNudgeHandler(undefined);
      g.__mobiliseWorker = undefined;
    },
  };
  return g.__mobiliseWorker;
}
