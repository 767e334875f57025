import { beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchStatement } from "@/app/api/admin/statements/[id]/route";
import { PATCH as patchUser } from "@/app/api/admin/users/[id]/route";
import { PUT as putLanguage } from "@/app/api/admin/translation-languages/[locale]/route";
import { PATCH as patchAction } from "@/app/api/actions/[id]/route";
import { GET as getStatementRoute } from "@/app/api/statements/[slug]/route";
import { POST as submitRoute } from "@/app/api/statements/[slug]/translations/[locale]/route";
import { GET as workRoute } from "@/app/api/translations/route";
import { POST as publishRoute } from "@/app/api/translations/submissions/[id]/publish/route";
import { POST as rejectRoute } from "@/app/api/translations/submissions/[id]/reject/route";
import { getDb } from "@/lib/db";
import { createAction, createChapter, createStatement } from "../../factories";
import { callRoute, principal, type Principal } from "../../factories/organise";

let admin: Principal;
let translatorFr: Principal;
let reviewerFr: Principal;
let outsider: Principal;
let statement: Awaited<ReturnType<typeof createStatement>>;

const text = (title: string) => ({ title, summary: "Résumé", body: "Le **texte** traduit.", demands: ["Cessez-le-feu"] });
const submit = (who: Principal, locale: string, body: unknown, slug = statement.slug) =>
  callRoute(submitRoute, `/api/statements/${slug}/translations/${locale}`, { method: "POST", body, params: { slug, locale }, cookie: who.cookie });
const decide = (handler: typeof publishRoute, who: Principal, id: string, verb: "publish" | "reject", body?: unknown) =>
  callRoute(handler, `/api/translations/submissions/${id}/${verb}`, { method: "POST", body, params: { id }, cookie: who.cookie });
const grant = (who: Principal, locale: string, role: "TRANSLATOR" | "REVIEWER" | "NONE") =>
  callRoute(patchUser, `/api/admin/users/${who.id}`, { method: "PATCH", body: { translator: { locale, role } }, params: { id: who.id }, cookie: admin.cookie });
const publicStatement = async (locale: string) =>
  (await callRoute(getStatementRoute, `/api/statements/${statement.slug}?locale=${locale}`, { params: { slug: statement.slug } })).json as Record<string, unknown>;
const verbs = async () =>
  (await (await getDb()).auditLog.findMany({ where: { targetId: statement.id }, orderBy: { id: "asc" }, select: { verb: true } })).map((a) => a.verb);

beforeAll(async () => {
  const db = await getDb();
  admin = await principal(null, null, { role: "ADMIN", name: "Admin" });
  translatorFr = await principal(null, null, { name: "Amélie" });
  reviewerFr = await principal(null, null, { name: "Bruno" });
  outsider = await principal(null, null);
  statement = await createStatement();
  expect((await grant(translatorFr, "fr", "TRANSLATOR")).status).toBe(200);
  expect((await grant(reviewerFr, "fr", "REVIEWER")).status).toBe(200);
  expect(await db.translatorGrant.count({ where: { locale: "fr" } })).toBe(2);
});

describe("volunteer translation of statements", () => {
  it("a translator sees the statement missing in their language, submits, and an admin publishes it with credit", async () => {
    const work = await callRoute(workRoute, "/api/translations", { cookie: translatorFr.cookie });
    expect(work.status).toBe(200);
    const row = (work.json.statements as { id: string; languages: { locale: string; state: string }[] }[]).find((s) => s.id === statement.id)!;
    expect(row.languages).toEqual([{ locale: "fr", state: "missing", submissions: [] }]);

    const sent = await submit(translatorFr, "fr", { ...text("Déclaration"), credit: true });
    expect(sent.status).toBe(201);
    expect(sent.json.status).toBe("SUBMITTED");
    // Not public before review.
    expect((await publicStatement("fr")).isFallback).toBe(true);

    const published = await decide(publishRoute, admin, sent.json.id as string, "publish");
    expect(published.status).toBe(200);
    const fr = await publicStatement("fr");
    expect(fr).toMatchObject({ title: "Déclaration", locale: "fr", isFallback: false, outdated: false, translatedBy: "Amélie" });
    const again = await decide(publishRoute, admin, sent.json.id as string, "publish");
    expect(again.status).toBe(409);
    expect(await verbs()).toEqual(expect.arrayContaining(["translation.submit", "translation.publish"]));
    const stored = await (await getDb()).statementTranslation.findUniqueOrThrow({ where: { statementId_locale: { statementId: statement.id, locale: "fr" } } });
    expect([stored.translatorId, stored.reviewerId]).toEqual([translatorFr.id, admin.id]);
  });

  it("an edit of the source text marks the translation outdated until it is translated again", async () => {
    const patch = { translations: [{ locale: "en", title: "Statement, revised", summary: "", body: "New body", demands: [] }] };
    const res = await callRoute(patchStatement, `/api/admin/statements/${statement.id}`, { method: "PATCH", body: patch, params: { id: statement.id }, cookie: admin.cookie });
    expect(res.status).toBe(200);
    expect(await publicStatement("fr")).toMatchObject({ locale: "fr", outdated: true });
    expect((await publicStatement("en")).outdated).toBe(false);
    const work = await callRoute(workRoute, "/api/translations?locale=fr", { cookie: translatorFr.cookie });
    const row = (work.json.statements as { id: string; languages: { state: string }[] }[]).find((s) => s.id === statement.id)!;
    expect(row.languages[0].state).toBe("outdated");

    const sent = await submit(translatorFr, "fr", { ...text("Déclaration révisée"), credit: false });
    await decide(publishRoute, admin, sent.json.id as string, "publish");
    expect(await publicStatement("fr")).toMatchObject({ title: "Déclaration révisée", outdated: false, translatedBy: null });
  });

  it("a translator cannot touch another language (403) nor any action, nor review without the language allowing it", async () => {
    expect((await submit(translatorFr, "ar", text("x"))).status).toBe(403);
    expect((await submit(outsider, "fr", text("x"))).status).toBe(403);
    expect((await callRoute(workRoute, "/api/translations", { cookie: outsider.cookie })).status).toBe(403);
    const chapter = await createChapter();
    const action = await createAction({ chapterId: chapter.id, statementId: statement.id });
    const edit = await callRoute(patchAction, `/api/actions/${action.id}`, { method: "PATCH", body: { title: "Hijacked" }, params: { id: action.id }, cookie: translatorFr.cookie });
    expect(edit.status).toBe(403);

    const sent = await submit(translatorFr, "fr", text("Proposition"));
    const id = sent.json.id as string;
    // Peer review is off for French until an admin allows it: the reviewer is refused, and nobody reviews their own work.
    expect((await decide(publishRoute, reviewerFr, id, "publish")).status).toBe(403);
    const on = await callRoute(putLanguage, "/api/admin/translation-languages/fr", { method: "PUT", body: { peerReview: true }, params: { locale: "fr" }, cookie: admin.cookie });
    expect(on.status).toBe(200);
    expect((await decide(publishRoute, translatorFr, id, "publish")).status).toBe(403);
    const rejected = await decide(rejectRoute, reviewerFr, id, "reject", { note: "Please keep the demands as a list." });
    expect(rejected.status).toBe(200);
    const row = await (await getDb()).translationSubmission.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.reviewerId, row.reviewNote]).toEqual(["REJECTED", reviewerFr.id, "Please keep the demands as a list."]);
    expect((await publicStatement("fr")).title).toBe("Déclaration révisée");
  });

  it("refuses bad input with clear errors and a grant can be taken back", async () => {
    const empty = await submit(translatorFr, "fr", { title: "", body: "" });
    expect(empty.status).toBe(400);
    expect(empty.json.error?.code).toBe("VALIDATION");
    expect((await submit(translatorFr, "xx", text("x"))).status).toBe(404);
    expect((await submit(translatorFr, "fr", text("x"), "no-such-statement")).status).toBe(404);
    expect((await grant(translatorFr, "fr", "NONE")).status).toBe(200);
    expect((await submit(translatorFr, "fr", text("x"))).status).toBe(403);
  });
});
