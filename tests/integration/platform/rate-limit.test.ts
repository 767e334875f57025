import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { enforceRateLimit, hitRateLimit } from "@/lib/rate-limit/hit";

describe("shared rate limiter", () => {
  afterEach(() => {
    delete process.env.RATE_LIMIT_REPORT;
  });

  it("counts atomically under concurrency and answers 429 with Retry-After past the limit", async () => {
    process.env.RATE_LIMIT_REPORT = "25/60";
    const results = await Promise.all(Array.from({ length: 40 }, () => hitRateLimit("REPORT", "198.51.100.1")));
    expect(results.filter((r) => r.ok)).toHaveLength(25);
    await expect(enforceRateLimit("REPORT", "198.51.100.1")).rejects.toMatchObject({
      code: "RATE_LIMITED",
      status: 429,
      headers: { "Retry-After": expect.stringMatching(/^\d+$/) },
    });
    expect((await hitRateLimit("REPORT", "198.51.100.2")).ok).toBe(true);
  });

  it("stores keyed hashes, never the address itself", async () => {
    await hitRateLimit("REPORT", "192.0.2.55");
    const db = await getDb();
    const keys = (await db.rateLimitBucket.findMany()).map((b) => b.key).join(" ");
    expect(keys).not.toContain("192.0.2.55");
  });

  it("starts a new window once the old one has passed", async () => {
    process.env.RATE_LIMIT_REPORT = "1/1";
    expect((await hitRateLimit("REPORT", "x")).ok).toBe(true);
    expect((await hitRateLimit("REPORT", "x")).ok).toBe(false);
    // The window passes: move the bucket's end into the past rather than waiting for it.
    const db = await getDb();
    expect(await db.$executeRaw`UPDATE "RateLimitBucket" SET "resetAt" = now() - interval '1 millisecond' WHERE "key" LIKE 'REPORT:%'`).toBeGreaterThan(0);
    expect((await hitRateLimit("REPORT", "x")).ok).toBe(true);
    expect((await hitRateLimit("REPORT", "x")).ok).toBe(false);
  });
});
