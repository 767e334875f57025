import { beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchRoute } from "@/app/api/actions/[id]/route";
import { POST as createRoute } from "@/app/api/actions/route";
import { POST as pledgePost } from "@/app/api/actions/[id]/pledges/route";
import { getDb } from "@/lib/db";
import { createAction, createStatement } from "../../factories";
import { callRoute, isolateSideEffects, organiseWorld, rallyBody } from "../../factories/organise";

let w: Awaited<ReturnType<typeof organiseWorld>>;

beforeAll(async () => {
  isolateSideEffects();
  w = await organiseWorld();
});

describe("the actions API as a client uses it", () => {
  it("takes the chapter and the statement by slug, as the public API shows them, and still by id", async () => {
    const bySlug = await callRoute(createRoute, "/api/actions", { method: "POST", cookie: w.organiserA.cookie, body: rallyBody(w.chapterA.slug, w.statement.slug) });
    expect(bySlug.status).toBe(201);
    const db = await getDb();
    const row = await db.action.findUniqueOrThrow({ where: { id: bySlug.json.id as string }, select: { chapterId: true, statementId: true } });
    expect(row).toEqual({ chapterId: w.chapterA.id, statementId: w.statement.id });
    const other = await createStatement();
    const patched = await callRoute(patchRoute, "/x", { method: "PATCH", cookie: w.organiserA.cookie, params: { id: bySlug.json.slug as string }, body: { statementId: other.slug } });
    expect(patched.status).toBe(200);
    expect((await db.action.findUniqueOrThrow({ where: { id: bySlug.json.id as string }, select: { statementId: true } })).statementId).toBe(other.id);
    // Another chapter's slug is refused as its id is: the organiser does not organise it.
    const foreign = await callRoute(createRoute, "/api/actions", { method: "POST", cookie: w.organiserA.cookie, body: rallyBody(w.chapterB.slug, w.statement.slug) });
    expect(foreign.status).toBe(403);
    const draft = await callRoute(createRoute, "/api/actions", { method: "POST", cookie: w.organiserA.cookie, body: rallyBody(w.chapterA.slug, w.draftStatement.slug) });
    expect(draft.json.error?.fields?.statementId?.code).toBe("statementUnpublished");
  });

  it("a write without a session is 401 before its body is looked at", async () => {
    const res = await callRoute(createRoute, "/api/actions", { method: "POST", body: { title: "" } });
    expect(res.status).toBe(401);
    expect(res.json.error?.code).toBe("UNAUTHENTICATED");
  });

  it("each refused field has a stable code and a message in the request's language", async () => {
    const bad = rallyBody(w.chapterA.id, w.statement.id, { title: "ab", capacity: 0 });
    const fr = await callRoute(createRoute, "/api/actions", { method: "POST", cookie: w.organiserA.cookie, body: bad, headers: { "accept-language": "fr-FR,fr;q=0.9" } });
    expect(fr.status).toBe(400);
    expect(fr.json.error?.fields?.title).toEqual({ code: "tooShort", message: "C’est trop court." });
    expect(fr.json.error?.fields?.capacity?.code).toBe("positive");
    const ar = await callRoute(createRoute, "/api/actions", { method: "POST", cookie: w.organiserA.cookie, body: bad, headers: { "accept-language": "ar" } });
    expect(ar.json.error?.fields?.title).toEqual({ code: "tooShort", message: "هذا قصير جدًا." });
    // Rules checked by a service, and zod's own checks, speak the same way.
    const drive = await createAction({ kind: "DONATION_DRIVE", currency: "GBP" });
    const pledge = await callRoute(pledgePost, "/x", { method: "POST", params: { id: drive.id }, body: { amountMinor: 100, currency: "EUR", anonymous: true }, headers: { "accept-language": "es" } });
    expect(pledge.json.error?.fields?.currency).toEqual({ code: "wrongCurrency", message: "Comprométete en la moneda de la colecta." });
    const typed = await callRoute(pledgePost, "/x", { method: "POST", params: { id: drive.id }, body: { amountMinor: "x", anonymous: true } });
    expect(typed.json.error?.fields?.amountMinor).toEqual({ code: "invalid", message: "Check this value." });
  });
});
