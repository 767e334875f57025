import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { dbKind } from "@/lib/db";

describe("GET /api/health", () => {
  it("reports the database kind and that migrations are up to date", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ ok: true, db: dbKind(), migrations: "up-to-date" });
  });
});
