import { sendCommitmentMail, type CommitmentMailPayload } from "../commitments/mail-job";
import { getDb } from "../db";
import { sendMail, type Mail } from "../mail/send";
import { sendPledgeMail, type PledgeMailPayload } from "../pledges/mail-job";
import { sendRsvpMail, type RsvpMailPayload } from "../rsvps/mail-jobs";
import { claimJobs, completeJob, failJob, type JobName } from "./queue";

/** `now` is the clock the job runs at (tests move it; the worker passes the real time). */
type Handler = (payload: Record<string, unknown>, now: Date) => Promise<unknown>;

const HANDLERS: Record<JobName, Handler> = {
  "mail.rsvp": (p, now) => sendRsvpMail(p as unknown as RsvpMailPayload, now),
  "mail.commitment": (p) => sendCommitmentMail(p as unknown as CommitmentMailPayload),
  "mail.pledge": (p) => sendPledgeMail(p as unknown as PledgeMailPayload),
  // Organisers' notices (cancelled, moved, compromised, messages), rendered when queued.
  "mail.notify": (p) => sendMail(p as unknown as Mail),
  // Only a once-per-action claim marker; its per-attendee mails were queued alongside it.
  "reveal.fanout": async () => undefined,
};

/** Claims and runs one batch of due jobs; returns how many were claimed. */
export async function runDueJobs(limit = 20, now = new Date()): Promise<number> {
  const db = await getDb();
  const jobs = await claimJobs(db, limit, now);
  for (const job of jobs) {
    const handler = HANDLERS[job.name as JobName];
    try {
      if (!handler) throw new Error(`No handler for job ${job.name}`);
      await handler(job.payload, now);
      await completeJob(db, job);
    } catch (e) {
      console.error(`[jobs] ${job.name} #${job.id} failed (attempt ${job.attempts})`, e instanceof Error ? e.message : e);
      await failJob(db, job, e);
    }
  }
  return jobs.length;
}

/** Runs batches until nothing is due (tests, and the worker after a nudge). */
export async function drainJobs(now?: Date, maxBatches = 100): Promise<number> {
  let total = 0;
  for (let i = 0; i < maxBatches; i++) {
    const n = await runDueJobs(20, now ?? new Date());
    total += n;
    if (n === 0) break;
  }
  return total;
}
