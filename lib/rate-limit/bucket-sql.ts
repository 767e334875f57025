import { createHmac } from "node:crypto";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { limitFor, type LimitName } from "./limits";

export type RateLimitHit = { name: LimitName; subject: string };

/**
 * The buckets a request counts, for a write that counts them in its own statement. The gate
 * hands these to the write and counts them itself only if the write never did (it refused first).
 */
export type PendingRateLimits = { hits: RateLimitHit[]; counted: boolean };

/** Marks the buckets as counted by the caller's statement and returns them. */
export function takeRateLimits(pending: PendingRateLimits | undefined): RateLimitHit[] {
  if (!pending) return [];
  pending.counted = true;
  return pending.hits;
}

/**
 * Two CTEs to put after WITH: "rl_hit" counts every bucket in one upsert (rows locked in key
 * order, so concurrent requests never deadlock on them) and "rl_verdict" is exactly one row —
 * "rlOk" (no bucket over its limit) and "rlRetryAt" (when the latest exhausted one resets).
 * Data-modifying CTEs run to completion whatever the rest of the statement does, so a refused
 * write is counted too. Keys are keyed hashes: an IP address or email never lands in the table.
 */
export function rateLimitCtes(hits: RateLimitHit[]): Prisma.Sql {
  const buckets = new Map<string, { window: number; limit: number }>();
  for (const { name, subject } of hits) {
    const { count, windowSeconds } = limitFor(name);
    buckets.set(bucketKey(name, subject), { window: windowSeconds, limit: count });
  }
  const keys = [...buckets.keys()].sort();
  const windows = keys.map((k) => buckets.get(k)!.window);
  const limits = keys.map((k) => buckets.get(k)!.limit);
  return Prisma.sql`"rl_hit" AS (
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt")
    SELECT t."key", 1, now() + make_interval(secs => t."window")
    FROM unnest(${keys}::text[], ${windows}::int[]) WITH ORDINALITY AS t("key", "window", "ord")
    ORDER BY t."ord"
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimitBucket"."resetAt" END
    RETURNING "key", "count", "resetAt"
  ), "rl_verdict" AS (
    SELECT COALESCE(bool_and(h."count" <= l."limit"), true) AS "rlOk",
           max(h."resetAt") FILTER (WHERE h."count" > l."limit") AS "rlRetryAt"
    FROM "rl_hit" h JOIN unnest(${keys}::text[], ${limits}::int[]) AS l("key", "limit") ON l."key" = h."key"
  )`;
}

export type RateLimitVerdict = { rlOk: boolean; rlRetryAt: Date | null };

export function retryAfterOf(v: RateLimitVerdict): number {
  if (v.rlOk || !v.rlRetryAt) return 0;
  return Math.max(1, Math.ceil((new Date(v.rlRetryAt).getTime() - Date.now()) / 1000));
}

/** Throws 429 RATE_LIMITED (with Retry-After) when the verdict says a bucket is exhausted. */
export function assertWithinLimits(v: RateLimitVerdict): void {
  if (v.rlOk) return;
  throw new AppError("RATE_LIMITED", "Too many requests. Please wait and try again.", undefined, {
    "Retry-After": String(retryAfterOf(v)),
  });
}

export function bucketKey(name: LimitName, subject: string): string {
  return `${name}:${createHmac("sha256", process.env.AUTH_SECRET ?? "mobilise").update(subject).digest("base64url")}`;
}
