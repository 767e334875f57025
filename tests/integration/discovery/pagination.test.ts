import { describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/actions/route";
import type { PublicActionItem } from "@/lib/actions/public-dto";
import { getDb } from "@/lib/db";
import { createChapter, createStatement, uid } from "../../factories";
import { call } from "../helpers/http";

type Page = { items: PublicActionItem[]; nextCursor: string | null };
const DAY = 86_400_000;

describe("cursor pagination under concurrent inserts", () => {
  it("never repeats or skips an action, whatever is inserted between and during page requests", async () => {
    const db = await getDb();
    const chapter = await createChapter();
    const statement = await createStatement();
    const base = Date.now() + DAY;
    let n = 0;
    const insert = (startsAt: number, idPrefix = "m") => {
      const id = `${idPrefix}-${String(n++).padStart(4, "0")}-${uid()}`;
      return { id, slug: id, kind: "RALLY" as const, status: "PUBLISHED" as const, title: id, timeZone: "UTC", chapterId: chapter.id, statementId: statement.id,
        startsAt: new Date(startsAt), endsAt: new Date(startsAt + 3_600_000), lat: 1, lng: 1, publicLat: 1, publicLng: 1, publishedAt: new Date() };
    };
    // 150 originals, many sharing a start time so the id tie-break matters.
    const originals = Array.from({ length: 150 }, (_, i) => insert(base + Math.floor(i / 10) * 3_600_000, "o"));
    await db.action.createMany({ data: originals });

    const seen: PublicActionItem[] = [];
    const mustAppear = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url = `/api/actions?chapter=${chapter.slug}&limit=20${cursor ? `&cursor=${cursor}` : ""}`;
      const lastKey = seen.at(-1);
      // Insert while the page is being read: before the cursor, at the cursor's exact start, and after it.
      const at = lastKey ? new Date(lastKey.startsAt).getTime() : base;
      const during = [insert(at - 3_600_000, "a"), insert(at, "0"), insert(at, "z"), insert(at + 7 * 3_600_000, "z")];
      const [res] = await Promise.all([call(listRoute, url), db.action.createMany({ data: during })]);
      expect(res.status).toBe(200);
      const page = res.json as unknown as Page;
      seen.push(...page.items);
      cursor = page.nextCursor;
      // Rows inserted after this page with a sort key beyond it must still come.
      const last = page.items.at(-1);
      if (last && cursor) {
        const after = insert(new Date(last.startsAt).getTime() + 3_600_000, "z");
        await db.action.createMany({ data: [after] });
        mustAppear.add(after.id);
      }
      pages++;
    } while (cursor && pages < 200);

    const ids = seen.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of originals) expect(ids).toContain(o.id);
    for (const id of mustAppear) expect(ids).toContain(id);
    for (let i = 1; i < seen.length; i++) {
      const a = seen[i - 1];
      const b = seen[i];
      expect(a.startsAt < b.startsAt || (a.startsAt === b.startsAt && a.id < b.id)).toBe(true);
    }
    expect(pages).toBeGreaterThan(8);
  });

  it("rejects a tampered cursor with 400", async () => {
    for (const bad of ["nope", Buffer.from('["not a date","x"]').toString("base64url"), Buffer.from("[1,2,3]").toString("base64url")]) {
      const res = await call(listRoute, `/api/actions?cursor=${bad}`);
      expect(res.status).toBe(400);
      expect(res.json.error?.code).toBe("VALIDATION");
      expect(Object.keys(res.json.error?.fields ?? {})).toEqual(["cursor"]);
    }
  });
});
