import { getDb } from "../db";
import { assertWithinLimits, bucketKey, rateLimitCtes, retryAfterOf, type RateLimitHit, type RateLimitVerdict } from "./bucket-sql";
import type { LimitName } from "./limits";

/**
 * Fixed-window counters in PostgreSQL, so every app instance shares them: all the buckets one
 * request touches are counted in ONE statement. Participation writes put the same CTEs into
 * their own statement instead (bucket-sql.ts), so counting costs them no round trip at all.
 */
async function countBuckets(hits: RateLimitHit[]): Promise<RateLimitVerdict> {
  if (hits.length === 0) return { rlOk: true, rlRetryAt: null };
  const db = await getDb();
  const [verdict] = await db.$queryRaw<RateLimitVerdict[]>`WITH ${rateLimitCtes(hits)} SELECT "rlOk", "rlRetryAt" FROM "rl_verdict"`;
  return verdict;
}

export async function hitRateLimit(name: LimitName, subject: string): Promise<{ ok: boolean; retryAfter: number }> {
  const verdict = await countBuckets([{ name, subject }]);
  return { ok: verdict.rlOk, retryAfter: retryAfterOf(verdict) };
}

/** Throws 429 RATE_LIMITED (with Retry-After) when any of the buckets is exhausted. */
export async function enforceRateLimits(hits: RateLimitHit[]): Promise<void> {
  assertWithinLimits(await countBuckets(hits));
}

export async function enforceRateLimit(name: LimitName, subject: string): Promise<void> {
  return enforceRateLimits([{ name, subject }]);
}

/** Expired buckets are dead weight; a periodic job calls this. */
export async function pruneRateLimits(): Promise<number> {
  const db = await getDb();
  return db.$executeRaw`DELETE FROM "RateLimitBucket" WHERE "resetAt" < now() - interval '1 hour'`;
}

/**
 * Takes back one hit, e.g. a sign-in attempt that succeeded: counting every attempt first keeps
 * the limit exact under parallel requests, and undoing the successes leaves only failures counted.
 */
export async function undoRateLimitHit(name: LimitName, subject: string): Promise<void> {
  const db = await getDb();
  await db.$executeRaw`UPDATE "RateLimitBucket" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${bucketKey(name, subject)} AND "resetAt" > now()`;
}
