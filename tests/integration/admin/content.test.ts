import { beforeAll, describe, expect, it } from "vitest";
import * as chapters from "@/app/api/admin/chapters/route";
import * as chapter from "@/app/api/admin/chapters/[id]/route";
import * as statements from "@/app/api/admin/statements/route";
import * as statement from "@/app/api/admin/statements/[id]/route";
import { getDb } from "@/lib/db";
import { getStatement } from "@/lib/discovery";
import { adminPrincipals } from "../../factories/admin";
import { createChapter, uid } from "../../factories";
import { call } from "../helpers/http";

type Handler = Parameters<typeof call>[0];
const h = (handler: unknown) => handler as Handler;

let cookie: string;
beforeAll(async () => {
  cookie = (await adminPrincipals()).admin.cookie;
});

const patchChapter = (id: string, body: unknown) => call(h(chapter.PATCH), "/x", { method: "PATCH", cookie, params: { id }, body });
const patchStatement = (id: string, body: unknown) => call(h(statement.PATCH), "/x", { method: "PATCH", cookie, params: { id }, body });

describe("chapters and the trust ladder", () => {
  it("creates a chapter (new by default) and climbs and revokes trust", async () => {
    const slug = `lyon-${uid()}`;
    const created = await call(h(chapters.POST), "/x", { method: "POST", cookie, body: { slug, name: "Lyon", countryCode: "fr", city: "Lyon", lat: 45.76, lng: 4.84 } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ slug, countryCode: "FR", trust: "NEW", organisers: 0 });
    const id = String(created.json.id);
    const db = await getDb();
    const flags = () => db.chapter.findUniqueOrThrow({ where: { id }, select: { verified: true, trusted: true } });
    expect((await patchChapter(id, { trust: "VERIFIED" })).json.trust).toBe("VERIFIED");
    expect(await flags()).toEqual({ verified: true, trusted: false });
    expect((await patchChapter(id, { trust: "TRUSTED" })).json.trust).toBe("TRUSTED");
    expect(await flags()).toEqual({ verified: true, trusted: true });
    expect((await patchChapter(id, { trust: "VERIFIED" })).json.trust).toBe("VERIFIED");
    expect(await flags()).toEqual({ verified: true, trusted: false });
    const trail = await db.auditLog.findMany({ where: { targetId: id, verb: "chapter.trust" }, orderBy: { id: "asc" }, select: { after: true } });
    expect(trail.map((t) => t.after)).toEqual([{ trust: "VERIFIED" }, { trust: "TRUSTED" }, { trust: "VERIFIED" }]);
  });

  it("refuses a taken slug (409) and invalid fields (400 with the field named)", async () => {
    const existing = await createChapter();
    const dup = await call(h(chapters.POST), "/x", { method: "POST", cookie, body: { slug: existing.slug, name: "Dup", countryCode: "HK", city: "X", lat: 1, lng: 1 } });
    expect(dup.status).toBe(409);
    const bad = await call(h(chapters.POST), "/x", { method: "POST", cookie, body: { slug: "Not A Slug", name: "Bad", countryCode: "HKG", city: "X", lat: 100, lng: 1 } });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.json.error?.fields ?? {}).sort()).toEqual(["countryCode", "lat", "slug"]);
    const other = await createChapter();
    expect((await patchChapter(other.id, { slug: existing.slug })).status).toBe(409);
    expect((await patchChapter("nope", { city: "X" })).status).toBe(404);
  });
});

describe("statements", () => {
  const en = { locale: "en", title: "Stop the deportations", summary: "Short", body: "# Text\n\nWe demand **justice**.", demands: ["Stop deportations"] };

  it("are created as drafts, translated, published and unpublished; the public read follows", async () => {
    const slug = `stmt-${uid()}`;
    const created = await call(h(statements.POST), "/x", { method: "POST", cookie, body: { slug, translations: [en] } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ slug, status: "DRAFT", sourceLocale: "en", publishedAt: null });
    const id = String(created.json.id);
    expect(await getStatement(slug, "ar")).toBeNull();

    const ar = { locale: "ar", title: "أوقفوا الترحيل", summary: "موجز", body: "نطالب **بالعدالة**.", demands: ["أوقفوا الترحيل"] };
    const published = await patchStatement(id, { translations: [ar], status: "PUBLISHED" });
    expect(published.status).toBe(200);
    expect(published.json.status).toBe("PUBLISHED");
    expect(published.json.publishedAt).not.toBeNull();
    expect((published.json.translations as { locale: string }[]).map((t) => t.locale)).toEqual(["ar", "en"]);
    expect(JSON.stringify(await getStatement(slug, "ar"))).toContain("أوقفوا الترحيل");

    const edited = await patchStatement(id, { translations: [{ ...ar, title: "أوقفوا الترحيل الآن" }] });
    expect((edited.json.translations as { title: string }[])[0].title).toBe("أوقفوا الترحيل الآن");
    expect((await patchStatement(id, { status: "DRAFT" })).json.status).toBe("DRAFT");
    expect(await getStatement(slug, "en")).toBeNull();
  });

  it("keep the source language: it cannot be removed, and creation needs it", async () => {
    const noSource = await call(h(statements.POST), "/x", { method: "POST", cookie, body: { slug: `s-${uid()}`, sourceLocale: "fr", translations: [en] } });
    expect(noSource.status).toBe(400);
    const created = await call(h(statements.POST), "/x", { method: "POST", cookie, body: { slug: `s-${uid()}`, translations: [en] } });
    const id = String(created.json.id);
    expect((await patchStatement(id, { removeTranslations: ["en"] })).status).toBe(422);
    expect((await patchStatement(id, { sourceLocale: "fr" })).status).toBe(422);
    const db = await getDb();
    expect(await db.statementTranslation.count({ where: { statementId: id } })).toBe(1);
    expect((await patchStatement(id, { translations: [{ ...en, locale: "xx" }] })).status).toBe(400);
  });

  it("record chapter endorsements both ways", async () => {
    const created = await call(h(statements.POST), "/x", { method: "POST", cookie, body: { slug: `s-${uid()}`, translations: [en] } });
    const id = String(created.json.id);
    const [a, b] = [await createChapter(), await createChapter()];
    const on = await patchStatement(id, { endorsements: [{ chapterId: a.id, endorsed: true }, { chapterId: b.id, endorsed: true }] });
    expect((on.json.endorsedChapterIds as string[]).sort()).toEqual([a.id, b.id].sort());
    const off = await patchStatement(id, { endorsements: [{ chapterId: a.id, endorsed: false }] });
    expect(off.json.endorsedChapterIds).toEqual([b.id]);
    expect((await patchStatement(id, { endorsements: [{ chapterId: "nope", endorsed: true }] })).status).toBe(400);
    const db = await getDb();
    expect(await db.auditLog.count({ where: { targetId: id, verb: { in: ["statement.endorse", "statement.unendorse"] } } })).toBe(3);
  });
});
