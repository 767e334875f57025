import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as approve from "@/app/api/admin/actions/[id]/approve/route";
import * as reject from "@/app/api/admin/actions/[id]/reject/route";
import * as requestChanges from "@/app/api/admin/actions/[id]/request-changes/route";
import { getDb } from "@/lib/db";
import { drainJobs } from "@/lib/jobs/run";
import { listReviewQueue } from "@/lib/moderation/review-queue";
import { actionIn, adminPrincipals, openReport, useTempOutbox } from "../../factories/admin";
import { createChapter, createStatement, createUser } from "../../factories";
import { call } from "../helpers/http";

type Handler = Parameters<typeof call>[0];
const h = (handler: unknown) => handler as Handler;
type Mail = { to: string; subject: string; text: string };

let outbox: string;
let who: Awaited<ReturnType<typeof adminPrincipals>>;
beforeAll(async () => {
  outbox = path.join(useTempOutbox(), "outbox");
  who = await adminPrincipals();
});

/** Notices are queued with the decision; the job worker sends them (here, on demand). */
async function mailsTo(email: string): Promise<Mail[]> {
  await drainJobs();
  let files: string[] = [];
  try {
    files = readdirSync(outbox);
  } catch {
    return [];
  }
  return files.map((f) => JSON.parse(readFileSync(path.join(outbox, f), "utf8")) as Mail).filter((m) => m.to === email);
}

describe("moderation decisions", () => {
  it("approving publishes the action and mails the organiser", async () => {
    const organiser = await createUser({ locale: "en" });
    const action = await actionIn("PENDING_REVIEW", { createdById: organiser.id, rejectionReason: "old" });
    const res = await call(h(approve.POST), "/x", { method: "POST", cookie: who.admin.cookie, params: { id: action.id } });
    expect(res.json).toEqual({ id: action.id, status: "PUBLISHED" });
    const db = await getDb();
    const after = await db.action.findUniqueOrThrow({ where: { id: action.id } });
    expect(after.publishedAt).not.toBeNull();
    expect(after.rejectionReason).toBeNull();
    const [mail] = await mailsTo(organiser.email ?? "");
    expect(mail.subject).toContain(action.title);
    expect(mail.text).toContain(`/en/actions/${action.slug}`);
  });

  it("rejecting stores the reason and mails it in the organiser's language", async () => {
    const organiser = await createUser({ locale: "ar" });
    const action = await actionIn("PENDING_REVIEW", { createdById: organiser.id });
    const res = await call(h(reject.POST), "/x", { method: "POST", cookie: who.admin.cookie, params: { id: action.id }, body: { reason: "التاريخ يتعارض مع تحرك آخر" } });
    expect(res.status).toBe(200);
    const db = await getDb();
    expect((await db.action.findUniqueOrThrow({ where: { id: action.id } })).rejectionReason).toBe("التاريخ يتعارض مع تحرك آخر");
    const [mail] = await mailsTo(organiser.email ?? "");
    expect(mail.subject).toContain("لم يُنشر تحركك");
    expect(mail.text).toContain("التاريخ يتعارض مع تحرك آخر");
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: action.id } });
    expect(audit).toMatchObject({ verb: "action.reject", reason: "التاريخ يتعارض مع تحرك آخر", before: { status: "PENDING_REVIEW" }, after: { status: "REJECTED" } });
  });

  it("requesting changes sends it back to draft with the note (Spanish mail)", async () => {
    const organiser = await createUser({ locale: "es" });
    const action = await actionIn("PENDING_REVIEW", { createdById: organiser.id });
    await call(h(requestChanges.POST), "/x", { method: "POST", cookie: who.admin.cookie, params: { id: action.id }, body: { note: "Añadid el punto de encuentro" } });
    const db = await getDb();
    expect(await db.action.findUniqueOrThrow({ where: { id: action.id }, select: { status: true, reviewNote: true } })).toEqual({
      status: "DRAFT",
      reviewNote: "Añadid el punto de encuentro",
    });
    expect((await mailsTo(organiser.email ?? ""))[0].subject).toContain("Se piden cambios");
  });

  it("without a submitting account, the chapter's organisers are told", async () => {
    const chapter = await createChapter();
    const organiser = await createUser({ locale: "fr" });
    const db = await getDb();
    await db.chapterMembership.create({ data: { userId: organiser.id, chapterId: chapter.id, role: "ORGANISER" } });
    const action = await actionIn("PENDING_REVIEW", { chapterId: chapter.id, createdById: null });
    await call(h(approve.POST), "/x", { method: "POST", cookie: who.admin.cookie, params: { id: action.id } });
    expect((await mailsTo(organiser.email ?? ""))[0].subject).toContain("Votre action est en ligne");
  });

  it("the notice is queued in the decision's own transaction, before any worker runs", async () => {
    const organiser = await createUser({ locale: "en" });
    const action = await actionIn("PENDING_REVIEW", { createdById: organiser.id });
    await call(h(reject.POST), "/x", { method: "POST", cookie: who.admin.cookie, params: { id: action.id }, body: { reason: "Wrong date" } });
    const db = await getDb();
    const jobs = await db.job.findMany({ where: { name: "mail.notify" }, select: { payload: true } });
    const mine = jobs.filter((j) => (j.payload as { to?: string }).to === organiser.email);
    expect(mine).toHaveLength(1);
    expect((mine[0].payload as { text: string }).text).toContain("Wrong date");
  });

  it("an action answering an unpublished statement cannot be approved (422)", async () => {
    const statement = await createStatement({ status: "DRAFT", publishedAt: null });
    const action = await actionIn("PENDING_REVIEW", { statementId: statement.id });
    const res = await call(h(approve.POST), "/x", { method: "POST", cookie: who.admin.cookie, params: { id: action.id } });
    expect(res.status).toBe(422);
    const db = await getDb();
    expect((await db.action.findUniqueOrThrow({ where: { id: action.id } })).status).toBe("PENDING_REVIEW");
  });
});

describe("the review queue", () => {
  it("lists pending actions with the chapter's track record and the organiser's history, filterable", async () => {
    const chapter = await createChapter({ countryCode: "NP" });
    const organiser = await createUser();
    const pending = await actionIn("PENDING_REVIEW", { chapterId: chapter.id, createdById: organiser.id, languages: ["ne", "en"] });
    await actionIn("PUBLISHED", { chapterId: chapter.id, createdById: organiser.id });
    const reported = await actionIn("PUBLISHED", { chapterId: chapter.id });
    await actionIn("REJECTED", { chapterId: chapter.id, createdById: organiser.id });
    await actionIn("CANCELLED", { chapterId: chapter.id });
    await openReport(reported.id);

    const queue = await listReviewQueue({ country: "np" });
    expect(queue.items.map((i) => i.id)).toEqual([pending.id]);
    const item = queue.items[0];
    expect(item.chapterRecord).toEqual({ published: 2, rejected: 1, cancelled: 1, openReports: 1 });
    expect(item.organiserHistory).toMatchObject({ total: 3, published: 1, rejected: 1, cancelled: 0 });
    expect(queue.countries).toContain("NP");
    expect(queue.languages).toContain("ne");
    expect((await listReviewQueue({ language: "ne" })).items.map((i) => i.id)).toEqual([pending.id]);
    expect((await listReviewQueue({ country: "NP", language: "fr" })).items).toEqual([]);
  });

  it("gives the map the point the public sees and, for the admins who read it, the true one", async () => {
    const chapter = await createChapter({ countryCode: "MM" });
    const hidden = await actionIn("PENDING_REVIEW", { chapterId: chapter.id, lat: 16.8, lng: 96.15, locationPrivacy: "APPROXIMATE" });
    const exact = await actionIn("PENDING_REVIEW", { chapterId: chapter.id, lat: 16.9, lng: 96.2, locationPrivacy: "EXACT" });
    const online = await actionIn("PENDING_REVIEW", { chapterId: chapter.id, mode: "ONLINE", lat: null, lng: null });
    const items = new Map((await listReviewQueue({ country: "MM" })).items.map((i) => [i.id, i]));
    const db = await getDb();
    const stored = await db.action.findUniqueOrThrow({ where: { id: hidden.id }, select: { publicLat: true, publicLng: true } });
    expect(items.get(hidden.id)?.place).toEqual({ publicLat: stored.publicLat, publicLng: stored.publicLng, lat: 16.8, lng: 96.15 });
    expect(items.get(hidden.id)?.place?.publicLat).not.toBe(16.8);
    expect(items.get(exact.id)?.place).toEqual({ publicLat: 16.9, publicLng: 96.2, lat: 16.9, lng: 96.2 });
    expect(items.get(online.id)?.place).toBeNull();
  });
});
