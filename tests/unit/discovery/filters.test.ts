import { describe, expect, it } from "vitest";
import { actionFiltersSchema } from "@/lib/discovery";
import { decodeCursor, encodeCursor } from "@/lib/discovery/cursor";
import { likePattern } from "@/lib/discovery/sql";

describe("actionFiltersSchema", () => {
  it("parses a full query string", () => {
    const parsed = actionFiltersSchema.parse({
      bbox: "170,-30,-170,10", kind: "RALLY,BOYCOTT,RALLY", from: "2026-05-01", to: "2026-05-31", when: "upcoming",
      statement: "ima-2024", chapter: "hong-kong", mode: "ONLINE", lang: "tl", q: " coats ", limit: "20",
    });
    expect(parsed).toMatchObject({
      bbox: [170, -30, -170, 10], kind: ["RALLY", "BOYCOTT"], mode: "ONLINE", lang: "tl", q: "coats", limit: 20,
      from: new Date("2026-05-01T00:00:00.000Z"), to: new Date("2026-05-31T23:59:59.999Z"),
    });
  });

  it("defaults the page size to 50", () => {
    expect(actionFiltersSchema.parse({}).limit).toBe(50);
  });

  it.each([
    [{ bbox: "1,2,3" }, "bbox"],
    [{ bbox: "0,10,10,0" }, "bbox"],
    [{ bbox: "0,0,1,95" }, "bbox"],
    [{ kind: "RALLY,PARTY" }, "kind"],
    [{ limit: "500" }, "limit"],
    [{ from: "2026-02-02", to: "2026-02-01" }, "to"],
    [{ cursor: "garbage" }, "cursor"],
    [{ lang: "English" }, "lang"],
  ])("rejects %o on %s", (input, field) => {
    const result = actionFiltersSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(field);
  });
});

describe("cursor", () => {
  it("round-trips and is opaque", () => {
    const key = { startsAt: new Date("2026-10-25T18:00:00.123Z"), id: "cmabc" };
    const c = encodeCursor(key);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(c)).toEqual(key);
    expect(decodeCursor("%%%")).toBeNull();
  });
});

describe("likePattern", () => {
  it("escapes LIKE wildcards", () => {
    expect(likePattern("100%_a\\b")).toBe("%100\\%\\_a\\\\b%");
  });
});
