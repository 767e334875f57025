import { beforeAll, describe, expect, it } from "vitest";
import * as approve from "@/app/api/admin/actions/[id]/approve/route";
import * as reject from "@/app/api/admin/actions/[id]/reject/route";
import * as requestChanges from "@/app/api/admin/actions/[id]/request-changes/route";
import * as audit from "@/app/api/admin/audit/route";
import * as chapters from "@/app/api/admin/chapters/route";
import * as chapter from "@/app/api/admin/chapters/[id]/route";
import * as report from "@/app/api/admin/reports/[id]/route";
import * as statements from "@/app/api/admin/statements/route";
import * as statement from "@/app/api/admin/statements/[id]/route";
import * as user from "@/app/api/admin/users/[id]/route";
import { getDb } from "@/lib/db";
import { actionIn, adminPrincipals, openReport, useTempOutbox } from "../../factories/admin";
import { createChapter, createStatement, createUser, uid } from "../../factories";
import { call } from "../helpers/http";

type Handler = Parameters<typeof call>[0];
const h = (handler: unknown) => handler as Handler;

let who: Awaited<ReturnType<typeof adminPrincipals>>;
beforeAll(async () => {
  useTempOutbox();
  who = await adminPrincipals();
});

/** Each mutation with the verbs it must leave behind, written by the acting admin. */
const MUTATIONS: { name: string; verbs: string[]; run: (cookie: string) => Promise<{ status: number; targetId: string }> }[] = [
  { name: "approve", verbs: ["action.approve"], run: async (cookie) => {
    const { id } = await actionIn("PENDING_REVIEW");
    return { ...(await call(h(approve.POST), "/x", { method: "POST", cookie, params: { id } })), targetId: id };
  } },
  { name: "reject", verbs: ["action.reject"], run: async (cookie) => {
    const { id } = await actionIn("PENDING_REVIEW");
    return { ...(await call(h(reject.POST), "/x", { method: "POST", cookie, params: { id }, body: { reason: "Not ours" } })), targetId: id };
  } },
  { name: "request changes", verbs: ["action.request_changes"], run: async (cookie) => {
    const { id } = await actionIn("PENDING_REVIEW");
    return { ...(await call(h(requestChanges.POST), "/x", { method: "POST", cookie, params: { id }, body: { note: "Add a time" } })), targetId: id };
  } },
  { name: "dismiss report", verbs: ["report.dismiss"], run: async (cookie) => {
    const r = await openReport((await actionIn("PUBLISHED")).id);
    return { ...(await call(h(report.PATCH), "/x", { method: "PATCH", cookie, params: { id: r.id }, body: { resolution: "dismiss" } })), targetId: r.id };
  } },
  { name: "hide via report", verbs: ["report.resolve"], run: async (cookie) => {
    const r = await openReport((await actionIn("PUBLISHED")).id);
    return { ...(await call(h(report.PATCH), "/x", { method: "PATCH", cookie, params: { id: r.id }, body: { resolution: "hide", to: "PENDING_REVIEW" } })), targetId: r.id };
  } },
  { name: "change role", verbs: ["user.role"], run: async (cookie) => {
    const { id } = await createUser();
    return { ...(await call(h(user.PATCH), "/x", { method: "PATCH", cookie, params: { id }, body: { role: "ADMIN" } })), targetId: id };
  } },
  { name: "suspend", verbs: ["user.suspend"], run: async (cookie) => {
    const { id } = await createUser();
    return { ...(await call(h(user.PATCH), "/x", { method: "PATCH", cookie, params: { id }, body: { suspended: true } })), targetId: id };
  } },
  { name: "unsuspend", verbs: ["user.unsuspend"], run: async (cookie) => {
    const { id } = await createUser({ suspendedAt: new Date() });
    return { ...(await call(h(user.PATCH), "/x", { method: "PATCH", cookie, params: { id }, body: { suspended: false } })), targetId: id };
  } },
  { name: "make organiser", verbs: ["chapter.membership"], run: async (cookie) => {
    const { id } = await createUser();
    const body = { chapter: { chapterId: who.chapter.id, role: "ORGANISER" } };
    return { ...(await call(h(user.PATCH), "/x", { method: "PATCH", cookie, params: { id }, body })), targetId: id };
  } },
  { name: "create chapter", verbs: ["chapter.create"], run: async (cookie) => {
    const res = await call(h(chapters.POST), "/x", { method: "POST", cookie, body: { slug: `c-${uid()}`, name: "Lyon", countryCode: "fr", city: "Lyon", lat: 45.7, lng: 4.8 } });
    return { ...res, targetId: String(res.json?.id) };
  } },
  { name: "edit chapter and set trust", verbs: ["chapter.update", "chapter.trust"], run: async (cookie) => {
    const { id } = await createChapter();
    return { ...(await call(h(chapter.PATCH), "/x", { method: "PATCH", cookie, params: { id }, body: { city: "Kowloon", trust: "TRUSTED" } })), targetId: id };
  } },
  { name: "create statement", verbs: ["statement.create"], run: async (cookie) => {
    const res = await call(h(statements.POST), "/x", { method: "POST", cookie, body: { slug: `s-${uid()}`, translations: [{ locale: "en", title: "T", body: "B" }] } });
    return { ...res, targetId: String(res.json?.id) };
  } },
  { name: "edit, translate, endorse and publish a statement", verbs: ["statement.update", "statement.translation", "statement.endorse", "statement.publish"], run: async (cookie) => {
    const { id } = await createStatement({ status: "DRAFT", publishedAt: null });
    const body = {
      reference: "IMA/2026/2",
      status: "PUBLISHED",
      translations: [{ locale: "ar", title: "بيان", body: "نص البيان" }],
      endorsements: [{ chapterId: who.chapter.id, endorsed: true }],
    };
    return { ...(await call(h(statement.PATCH), "/x", { method: "PATCH", cookie, params: { id }, body })), targetId: id };
  } },
];

describe("every admin mutation is audit-logged", () => {
  for (const m of MUTATIONS) {
    it(m.name, async () => {
      const res = await m.run(who.admin.cookie);
      expect(res.status).toBeLessThan(300);
      const db = await getDb();
      const rows = await db.auditLog.findMany({ where: { targetId: res.targetId }, select: { verb: true, actorId: true } });
      expect(rows.map((r) => r.verb).sort()).toEqual([...m.verbs].sort());
      expect(rows.every((r) => r.actorId === who.admin.id)).toBe(true);
    });
  }
});

describe("the audit log", () => {
  it("cannot be updated or deleted, even with direct SQL", async () => {
    const db = await getDb();
    const row = await db.auditLog.findFirstOrThrow({ where: { actorId: who.admin.id } });
    await expect(db.$executeRaw`UPDATE "AuditLog" SET "verb" = 'tampered' WHERE "id" = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditLog" WHERE "id" = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({})).rejects.toThrow(/append-only/);
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).verb).toBe(row.verb);
  });

  it("is filtered by actor, chapter, verb and date and paginated with a cursor", async () => {
    const get = async (query: string) => {
      const res = await call(h(audit.GET), `/api/admin/audit?${query}`, { cookie: who.admin.cookie });
      expect(res.status).toBe(200);
      return res.json as unknown as { items: { id: string; verb: string; chapter: { id: string } | null; actor: { email: string } | null }[]; nextCursor: string | null };
    };
    const db = await getDb();
    const email = (await db.user.findUniqueOrThrow({ where: { id: who.admin.id } })).email ?? "";
    const all = await get(`actor=${encodeURIComponent(email.toUpperCase())}&limit=200`);
    expect(all.items.length).toBeGreaterThanOrEqual(MUTATIONS.length);
    expect(all.items.every((i) => i.actor?.email === email)).toBe(true);

    const byVerb = await get("verb=action.approve");
    expect(byVerb.items.length).toBeGreaterThan(0);
    expect(byVerb.items.every((i) => i.verb === "action.approve")).toBe(true);

    const byChapter = await get(`chapter=${who.chapter.slug}`);
    expect(byChapter.items.length).toBeGreaterThan(0);
    expect(byChapter.items.every((i) => i.chapter?.id === who.chapter.id)).toBe(true);

    const today = new Date().toISOString().slice(0, 10);
    expect((await get(`from=${today}&to=${today}&limit=200`)).items.length).toBe(all.items.length);
    expect((await get("to=2000-01-01")).items).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await get(`limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBe(await db.auditLog.count());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.map(BigInt)).toEqual([...seen.map(BigInt)].sort((a, b) => (a > b ? -1 : 1)));
  });

  it("rejects a malformed filter with 400", async () => {
    const res = await call(h(audit.GET), "/api/admin/audit?from=yesterday", { cookie: who.admin.cookie });
    expect(res.status).toBe(400);
  });
});
