import type { Prisma, PrismaClient } from "../generated/prisma/client";

type Db = Pick<Prisma.TransactionClient, "job" | "$queryRaw" | "$executeRaw"> | PrismaClient;

export type JobName = "mail.rsvp" | "mail.commitment" | "mail.pledge" | "mail.notify" | "reveal.fanout";
export type ClaimedJob = { id: bigint; name: string; key: string | null; payload: Record<string, unknown>; attempts: number };

export const MAX_ATTEMPTS = 5;
const LOCK_SECONDS = 300;

/**
 * Adds a job. Pass the transaction of the change that causes it, so the job exists exactly when
 * the change does (no mail for a rolled-back RSVP, no lost mail for a committed one). A `key`
 * makes the enqueue idempotent; returns false when that key was already taken.
 */
export async function enqueue(db: Db, name: JobName, payload: Record<string, unknown>, options: { key?: string; runAt?: Date } = {}): Promise<boolean> {
  const { count } = await db.job.createMany({
    data: [{ name, payload: payload as Prisma.InputJsonValue, key: options.key ?? null, runAt: options.runAt ?? new Date() }],
    skipDuplicates: true,
  });
  return count === 1;
}

/** Many unkeyed jobs of one kind in one statement (a notice to every attendee of an action). */
export async function enqueueMany(db: Db, name: JobName, payloads: Record<string, unknown>[]): Promise<number> {
  if (payloads.length === 0) return 0;
  const runAt = new Date();
  const { count } = await db.job.createMany({ data: payloads.map((payload) => ({ name, payload: payload as Prisma.InputJsonValue, runAt })) });
  return count;
}

/**
 * Claims due jobs for this worker. FOR UPDATE SKIP LOCKED lets several instances claim at once
 * without waiting on or double-taking each other; the lease (lockedUntil) hands a job back if
 * its worker dies mid-way.
 */
export async function claimJobs(db: PrismaClient, limit: number, now = new Date()): Promise<ClaimedJob[]> {
  const lease = new Date(now.getTime() + LOCK_SECONDS * 1000);
  return db.$queryRaw<ClaimedJob[]>`
    UPDATE "Job" SET "lockedUntil" = ${lease}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "Job"
      WHERE "doneAt" IS NULL AND "failedAt" IS NULL AND "runAt" <= ${now}
        AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})
      ORDER BY "runAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "name", "key", "payload", "attempts"`;
}

/** Done: unkeyed jobs go away; keyed ones stay (emptied of any token) so the key keeps deduplicating. */
export async function completeJob(db: PrismaClient, job: ClaimedJob) {
  if (job.key) await db.job.update({ where: { id: job.id }, data: { doneAt: new Date(), payload: {}, lockedUntil: null } });
  else await db.job.deleteMany({ where: { id: job.id } });
}

/** Backs off exponentially; after MAX_ATTEMPTS the job is parked as failed, payload stripped. */
export async function failJob(db: PrismaClient, job: ClaimedJob, error: unknown) {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  if (job.attempts >= MAX_ATTEMPTS) {
    await db.job.update({ where: { id: job.id }, data: { failedAt: new Date(), lastError: message, payload: {}, lockedUntil: null } });
    return;
  }
  const delayMs = 30_000 * 2 ** (job.attempts - 1);
  await db.job.update({ where: { id: job.id }, data: { runAt: new Date(Date.now() + delayMs), lastError: message, lockedUntil: null } });
}

/** Old finished and failed jobs are dead weight. */
export async function pruneJobs(db: PrismaClient, now = new Date()) {
  const cutoff = new Date(now.getTime() - 60 * 86_400_000);
  const { count } = await db.job.deleteMany({ where: { OR: [{ doneAt: { lt: cutoff } }, { failedAt: { lt: cutoff } }] } });
  return count;
}
