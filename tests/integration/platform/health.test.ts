import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { dbKind, getDb, useDbClient as installDbClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { call } from "../helpers/http";

/** Every database call the app's client makes while `fn` runs, raw queries included. */
async function queriesDuring(fn: () => Promise<unknown>): Promise<string[]> {
  const db = await getDb();
  const log: string[] = [];
  const logged = db.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        log.push(`${model ?? ""}.${operation}`);
        return query(args);
      },
    },
  });
  installDbClient(logged as unknown as PrismaClient, dbKind());
  try {
    await fn();
  } finally {
    installDbClient(db, dbKind());
  }
  return log;
}

describe("GET /api/health", () => {
  it("with ?deep=1 reads the applied migrations and reports them", async () => {
    let res: Awaited<ReturnType<typeof call>> | undefined;
    const queries = await queriesDuring(async () => (res = await call(GET, "/api/health?deep=1")));
    expect(queries).toEqual([".$queryRaw"]);
    expect(res!.status).toBe(200);
    expect(res!.headers.get("cache-control")).toBe("no-store");
    expect(res!.json).toEqual({ ok: true, db: dbKind(), migrations: "up-to-date" });
  });

  it("without ?deep=1 answers from memory: 50 polls issue no query at all", async () => {
    await call(GET, "/api/health?deep=1");
    const statuses: number[] = [];
    const bodies: unknown[] = [];
    const queries = await queriesDuring(async () => {
      for (let i = 0; i < 50; i++) {
        const res = await call(GET, "/api/health");
        statuses.push(res.status);
        bodies.push(res.json);
      }
    });
    expect(queries).toEqual([]);
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(bodies[49]).toEqual({ ok: true, db: dbKind(), migrations: "up-to-date" });
  });

  it("refuses a malformed deep flag with the documented error", async () => {
    const res = await call(GET, "/api/health?deep=yes");
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe("VALIDATION");
    expect(Object.keys(res.json.error?.fields ?? {})).toEqual(["deep"]);
  });
});
