import { sendCommitmentMail, type CommitmentMailPayload } from "../commitments/mail-job";
import { getDb } from "../db";
import { sendRsvpMail, type RsvpMailPayload } from "../rsvps/mail-jobs";
import { claimJobs, completeJob, failJob, type JobName } from "./queue";

type Handler = (payload: Record<string, unknown>) => Promise<unknown>;

const HANDLERS: Record<JobName, Handler> = {
  "mail.rsvp": (p) => sendRsvpMail(p as unknown as RsvpMailPayload),
  "mail.commitment": (p) => sendCommitmentMail(p as unknown as CommitmentMailPayload),
  // Only a once-per-action claim marker; its per-attendee mails were queued alongside it.
  "reveal.fanout": async () => undefined,
};

/** Claims and runs one batch of due jobs; returns how many were claimed. */
export async function runDueJobs(limit = 20): Promise<number> {
  const db = await getDb();
  const jobs = await claimJobs(db, limit);
  for (const job of jobs) {
    const handler = HANDLERS[job.name as JobName];
    try {
      if (!handler) throw new Error(`No handler for job ${job.name}`);
      await handler(job.payload);
      await completeJob(db, job);
    } catch (e) {
      console.error(`[jobs] ${job.name} #${job.id} failed (attempt ${job.attempts})`, e instanceof Error ? e.message : e);
      await failJob(db, job, e);
    }
  }
  return jobs.length;
}

/** Runs batches until nothing is due (tests, and the worker after a nudge). */
export async function drainJobs(maxBatches = 100): Promise<number> {
  let total = 0;
  for (let i = 0; i < maxBatches; i++) {
    const n = await runDueJobs();
    total += n;
    if (n === 0) break;
  }
  return total;
}
