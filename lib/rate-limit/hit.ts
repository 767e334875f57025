import { createHmac } from "node:crypto";
import { getDb } from "../db";
import { AppError } from "../errors";
import { limitFor, type LimitName } from "./limits";

/**
 * Fixed-window counter in PostgreSQL, so every app instance shares it. One atomic upsert per hit.
 * Keys are keyed hashes: an IP address or email never lands in the table.
 */
export async function hitRateLimit(name: LimitName, subject: string): Promise<{ ok: boolean; retryAfter: number }> {
  const { count, windowSeconds } = limitFor(name);
  const key = bucketKey(name, subject);
  const db = await getDb();
  const rows = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt")
    VALUES (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimitBucket"."resetAt" END
    RETURNING "count", "resetAt"`;
  const row = rows[0];
  const retryAfter = Math.max(1, Math.ceil((row.resetAt.getTime() - Date.now()) / 1000));
  return { ok: row.count <= count, retryAfter };
}

/** Throws 429 RATE_LIMITED (with Retry-After) when the bucket is exhausted. */
export async function enforceRateLimit(name: LimitName, subject: string): Promise<void> {
  const { ok, retryAfter } = await hitRateLimit(name, subject);
  if (!ok) {
    throw new AppError("RATE_LIMITED", "Too many requests. Please wait and try again.", undefined, {
      "Retry-After": String(retryAfter),
    });
  }
}

/** Expired buckets are dead weight; a periodic job calls this. */
export async function pruneRateLimits(): Promise<number> {
  const db = await getDb();
  return db.$executeRaw`DELETE FROM "RateLimitBucket" WHERE "resetAt" < now() - interval '1 hour'`;
}

function bucketKey(name: LimitName, subject: string): string {
  return `${name}:${createHmac("sha256", process.env.AUTH_SECRET ?? "mobilise").update(subject).digest("base64url")}`;
}

/**
 * Takes back one hit, e.g. a sign-in attempt that succeeded: counting every attempt first keeps
 * the limit exact under parallel requests, and undoing the successes leaves only failures counted.
 */
export async function undoRateLimitHit(name: LimitName, subject: string): Promise<void> {
  const db = await getDb();
  await db.$executeRaw`UPDATE "RateLimitBucket" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${bucketKey(name, subject)} AND "resetAt" > now()`;
}
