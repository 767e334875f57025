import { createHmac } from "node:crypto";
import { getDb } from "../db";
import { AppError } from "../errors";
import { limitFor, type LimitName } from "./limits";

export type RateLimitHit = { name: LimitName; subject: string };

/**
 * Fixed-window counters in PostgreSQL, so every app instance shares them: all the buckets one
 * request touches are counted in ONE upsert (a round trip per bucket was a measurable share of a
 * write's cost). Rows are locked in key order so concurrent requests never deadlock on them.
 * Keys are keyed hashes: an IP address or email never lands in the table.
 */
export async function hitRateLimits(hits: RateLimitHit[]): Promise<{ ok: boolean; retryAfter: number }> {
  const buckets = new Map<string, number>();
  for (const { name, subject } of hits) buckets.set(bucketKey(name, subject), limitFor(name).windowSeconds);
  const limits = new Map(hits.map((h) => [bucketKey(h.name, h.subject), limitFor(h.name).count]));
  if (buckets.size === 0) return { ok: true, retryAfter: 0 };
  const keys = [...buckets.keys()].sort();
  const windows = keys.map((k) => buckets.get(k)!);
  const db = await getDb();
  const rows = await db.$queryRaw<{ key: string; count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt")
    SELECT t."key", 1, now() + make_interval(secs => t."window")
    FROM unnest(${keys}::text[], ${windows}::int[]) WITH ORDINALITY AS t("key", "window", "ord")
    ORDER BY t."ord"
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimitBucket"."resetAt" END
    RETURNING "key", "count", "resetAt"`;
  let retryAfter = 0;
  for (const row of rows) {
    if (row.count > limits.get(row.key)!) {
      retryAfter = Math.max(retryAfter, Math.max(1, Math.ceil((row.resetAt.getTime() - Date.now()) / 1000)));
    }
  }
  return { ok: retryAfter === 0, retryAfter };
}

export async function hitRateLimit(name: LimitName, subject: string): Promise<{ ok: boolean; retryAfter: number }> {
  return hitRateLimits([{ name, subject }]);
}

/** Throws 429 RATE_LIMITED (with Retry-After) when any of the buckets is exhausted. */
export async function enforceRateLimits(hits: RateLimitHit[]): Promise<void> {
  const { ok, retryAfter } = await hitRateLimits(hits);
  if (!ok) {
    throw new AppError("RATE_LIMITED", "Too many requests. Please wait and try again.", undefined, {
      "Retry-After": String(retryAfter),
    });
  }
}

export async function enforceRateLimit(name: LimitName, subject: string): Promise<void> {
  return enforceRateLimits([{ name, subject }]);
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
