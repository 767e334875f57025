import os from "node:os";
import { describe, expect, it } from "vitest";
import { workerCount } from "@/lib/cli/workers";
import { parseEnv } from "@/lib/env/schema";

describe("configuration", () => {
  it("has working defaults for the demo", () => {
    const env = parseEnv({});
    expect(env.APP_ENV).toBe("demo");
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.TRUST_PROXY).toBe(false);
    // Map tiles through our own origin unless turned off explicitly.
    expect(env.TILE_PROXY).toBe(true);
    expect(parseEnv({ TILE_PROXY: "0" }).TILE_PROXY).toBe(false);
  });

  it("refuses to start in production without AUTH_SECRET, naming the variable", () => {
    expect(() => parseEnv({ APP_ENV: "production" })).toThrow(/AUTH_SECRET: is required when APP_ENV=production/);
    expect(parseEnv({ APP_ENV: "production", AUTH_SECRET: "x".repeat(32) }).APP_ENV).toBe("production");
  });

  it("lists every wrong value with a readable reason", () => {
    try {
      parseEnv({ PORT: "abc", DATABASE_URL: "mysql://x", AUTH_SECRET: "short", SMTP_URL: "http://mail" });
      expect.unreachable();
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toMatch(/^Invalid configuration:/);
      expect(msg).toContain("PORT");
      expect(msg).toContain("DATABASE_URL: must be a postgresql:// connection string");
      expect(msg).toContain("AUTH_SECRET: must be at least 32 characters");
      expect(msg).toContain("SMTP_URL");
    }
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });

  it("runs one server process per core on PostgreSQL unless WEB_CONCURRENCY says otherwise, always one on the embedded database", () => {
    const pg = "postgresql://localhost/x";
    expect(workerCount(parseEnv({}), 8)).toBe(1);
    expect(workerCount(parseEnv({ WEB_CONCURRENCY: "2" }), 8)).toBe(1);
    expect(workerCount(parseEnv({ DATABASE_URL: pg }), 8)).toBe(8);
    expect(workerCount(parseEnv({ DATABASE_URL: pg }))).toBe(os.availableParallelism());
    expect(workerCount(parseEnv({ WEB_CONCURRENCY: "2", DATABASE_URL: pg }), 8)).toBe(2);
    expect(workerCount(parseEnv({ WEB_CONCURRENCY: "1", DATABASE_URL: pg }), 8)).toBe(1);
    expect(() => parseEnv({ WEB_CONCURRENCY: "0" })).toThrow(/WEB_CONCURRENCY/);
  });
});
