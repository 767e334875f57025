import { beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/actions/route";
import { PATCH as patchRoute } from "@/app/api/actions/[id]/route";
import { POST as submitRoute } from "@/app/api/actions/[id]/submit/route";
import { POST as cancelRoute } from "@/app/api/actions/[id]/cancel/route";
import { POST as relocateRoute } from "@/app/api/actions/[id]/relocate/route";
import { POST as compromisedRoute } from "@/app/api/actions/[id]/compromised/route";
import { POST as duplicateRoute } from "@/app/api/actions/[id]/duplicate/route";
import { getDb } from "@/lib/db";
import { listOutbox } from "@/lib/mail/outbox";
import { createAction } from "../../factories";
import { callRoute, isolateSideEffects, organiseWorld, outboxTo, participants, rallyBody } from "../../factories/organise";

let w: Awaited<ReturnType<typeof organiseWorld>>;

beforeAll(async () => {
  isolateSideEffects();
  w = await organiseWorld();
});

const post = (handler: Parameters<typeof callRoute>[0], id: string, path: string, body: unknown, cookie = w.organiserA.cookie) =>
  callRoute(handler, `/api/actions/${id}${path}`, { method: "POST", body, params: { id }, cookie });

async function publishedInA(extra: Parameters<typeof createAction>[0] = {}) {
  return createAction({ chapterId: w.chapterA.id, statementId: w.statement.id, timeZone: "Europe/London", ...extra });
}

async function auditVerbs(targetId: string) {
  const db = await getDb();
  return (await db.auditLog.findMany({ where: { targetId }, orderBy: { id: "asc" }, select: { verb: true, actorId: true } })).map((a) => a.verb);
}

describe("lifecycle: draft → review (or published for trusted chapters)", () => {
  it("saves a draft, then submitting puts it in review; each step is audited", async () => {
    const created = await callRoute(createRoute, "/api/actions", { method: "POST", body: rallyBody(w.chapterA.id, w.statement.id), cookie: w.organiserA.cookie });
    const id = created.json.id as string;
    const res = await post(submitRoute, id, "/submit", undefined);
    expect(res.status).toBe(200);
    expect(res.json.status).toBe("PENDING_REVIEW");
    const again = await post(submitRoute, id, "/submit", undefined);
    expect(again.status).toBe(409);
    expect(again.json.error?.code).toBe("INVALID_TRANSITION");
    expect(await auditVerbs(id)).toEqual(["action.create", "action.submit"]);
  });

  it("a trusted chapter's action is published at once", async () => {
    const created = await callRoute(createRoute, "/api/actions", { method: "POST", body: rallyBody(w.trusted.id, w.statement.id), cookie: w.organiserTrusted.cookie });
    const id = created.json.id as string;
    const res = await post(submitRoute, id, "/submit", undefined, w.organiserTrusted.cookie);
    expect(res.json.status).toBe("PUBLISHED");
    const row = await (await getDb()).action.findUniqueOrThrow({ where: { id } });
    expect(row.publishedAt).not.toBeNull();
  });

  it("saves and submits in one request: in review, both steps audited, nothing left as a draft", async () => {
    const body = { ...rallyBody(w.chapterA.id, w.statement.id), submit: true };
    const created = await callRoute(createRoute, "/api/actions", { method: "POST", body, cookie: w.organiserA.cookie });
    expect(created.status).toBe(201);
    expect(created.json.status).toBe("PENDING_REVIEW");
    const id = created.json.id as string;
    const row = await (await getDb()).action.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("PENDING_REVIEW");
    expect(row.publishedAt).toBeNull();
    expect(await auditVerbs(id)).toEqual(["action.create", "action.submit"]);
  });

  it("saves and publishes in one request for a trusted chapter, every date of a series", async () => {
    const body = { ...rallyBody(w.trusted.id, w.statement.id), submit: true, recurrence: { freq: "WEEKLY", count: 3 } };
    const created = await callRoute(createRoute, "/api/actions", { method: "POST", body, cookie: w.organiserTrusted.cookie });
    expect(created.status).toBe(201);
    expect(created.json.status).toBe("PUBLISHED");
    const ids = created.json.ids as string[];
    expect(ids).toHaveLength(3);
    const rows = await (await getDb()).action.findMany({ where: { id: { in: ids } }, select: { status: true } });
    expect(rows.map((r) => r.status)).toEqual(["PUBLISHED", "PUBLISHED", "PUBLISHED"]);
  });

  it("a malformed submit flag is refused before anything is saved", async () => {
    const db = await getDb();
    const before = await db.action.count({ where: { chapterId: w.chapterA.id } });
    const body = { ...rallyBody(w.chapterA.id, w.statement.id), submit: "yes" };
    const res = await callRoute(createRoute, "/api/actions", { method: "POST", body, cookie: w.organiserA.cookie });
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe("VALIDATION");
    expect(await db.action.count({ where: { chapterId: w.chapterA.id } })).toBe(before);
  });

  it("a submission refused inside the transaction (the action is already over) leaves no draft behind", async () => {
    const db = await getDb();
    const before = await db.action.count({ where: { chapterId: w.chapterA.id } });
    const body = { ...rallyBody(w.chapterA.id, w.statement.id, { startsAt: "2020-01-05T18:00", endsAt: "2020-01-05T20:00" }), submit: true };
    const res = await callRoute(createRoute, "/api/actions", { method: "POST", body, cookie: w.organiserA.cookie });
    expect(res.status).toBe(422);
    expect(res.json.error?.code).toBe("UNPROCESSABLE");
    expect(await db.action.count({ where: { chapterId: w.chapterA.id } })).toBe(before);
  });

  it("duplicates into a new draft without the people", async () => {
    const source = await publishedInA();
    await participants(source.id);
    const res = await post(duplicateRoute, source.id, "/duplicate", undefined);
    expect(res.status).toBe(201);
    const db = await getDb();
    const copy = await db.action.findUniqueOrThrow({ where: { id: res.json.id as string }, include: { rsvps: true } });
    expect(copy.status).toBe("DRAFT");
    expect(copy.title).toBe(source.title);
    expect(copy.slug).not.toBe(source.slug);
    expect(copy.rsvps).toHaveLength(0);
    expect(copy.goingCount).toBe(0);
    expect(await auditVerbs(copy.id)).toEqual(["action.duplicate"]);
  });
});

describe("people taking part hear about changes, one mail each", () => {
  it("cancelling mails the message to every address (RSVPs, waitlist, pledges, commitments), never to anonymous headcounts", async () => {
    const action = await publishedInA();
    const p = await participants(action.id);
    const res = await post(cancelRoute, action.id, "/cancel", { message: "Police banned the march; we regroup next week." });
    expect(res.status).toBe(200);
    expect(res.json.notified).toBe(5);
    // Committed together with the cancellation, before anything is sent: a crash now loses no notice.
    const queued = await (await getDb()).job.findMany({ where: { name: "mail.notify" }, select: { payload: true } });
    const notices = queued.map((j) => j.payload as { to: string; subject: string }).filter((m) => m.subject.includes(action.title));
    expect(notices.map((m) => m.to).sort()).toEqual(Object.values(p.emails).sort());
    expect(listOutbox(10_000).filter((m) => m.subject.includes(action.title))).toHaveLength(0);
    for (const email of Object.values(p.emails)) {
      const mails = (await outboxTo(email)).filter((m) => m.subject.includes(action.title));
      expect(mails, email).toHaveLength(1);
      expect(mails[0].text).toContain("Police banned the march");
    }
    // Each mail has exactly one recipient and is in that person's language.
    expect((await outboxTo(p.emails.guest))[0].subject).toMatch(/^Cancelada/);
    expect((await outboxTo(p.emails.user))[0].subject).toMatch(/^Annulée/);
    const row = await (await getDb()).action.findUniqueOrThrow({ where: { id: action.id } });
    expect(row.status).toBe("CANCELLED");
    expect(await auditVerbs(action.id)).toEqual(["action.cancel"]);
    const twice = await post(cancelRoute, action.id, "/cancel", { message: "again" });
    expect(twice.status).toBe(409);
  });

  it("relocating moves the public point and tells everyone the new place", async () => {
    const action = await publishedInA();
    const p = await participants(action.id);
    const res = await post(relocateRoute, action.id, "/relocate", { venue: "Trafalgar Square", address: "Charing Cross", lat: 51.508, lng: -0.128, message: "Go to the new square." });
    expect(res.status).toBe(200);
    expect(res.json.notified).toBe(5);
    const mail = (await outboxTo(p.emails.commit)).find((m) => m.subject.includes(action.title));
    expect(mail?.text).toContain("Trafalgar Square");
    const row = await (await getDb()).action.findUniqueOrThrow({ where: { id: action.id } });
    expect([row.lat, row.lng, row.publicLat, row.publicLng]).toEqual([51.508, -0.128, 51.508, -0.128]);
    expect(await auditVerbs(action.id)).toEqual(["action.relocate"]);
  });

  it("changing the time of a published action notifies attendees; a title change does not", async () => {
    const action = await publishedInA();
    const p = await participants(action.id);
    const quiet = await callRoute(patchRoute, `/api/actions/${action.id}`, { method: "PATCH", body: { title: "A better title" }, params: { id: action.id }, cookie: w.organiserA.cookie });
    expect(quiet.json.notified).toBe(0);
    const day = new Date(action.startsAt.getTime() + 86_400_000).toISOString().slice(0, 10);
    const res = await callRoute(patchRoute, `/api/actions/${action.id}`, {
      method: "PATCH",
      body: { startsAt: `${day}T19:00`, endsAt: `${day}T21:00` },
      params: { id: action.id },
      cookie: w.organiserA.cookie,
    });
    expect(res.status).toBe(200);
    expect(res.json.notified).toBe(5);
    expect((await outboxTo(p.emails.pledge)).filter((m) => m.subject.includes("A better title"))).toHaveLength(1);
    expect(await auditVerbs(action.id)).toEqual(["action.update", "action.update"]);
  });
});

describe("location compromised", () => {
  it("hides the location at once, warns everyone, then erases all guest personal data but keeps the counts", async () => {
    const action = await publishedInA({ venue: "Community hall", address: "1 Safe Street", lat: 51.52, lng: -0.1, locationPrivacy: "EXACT" });
    const p = await participants(action.id);
    const res = await post(compromisedRoute, action.id, "/compromised", { message: "Stay home tonight." });
    expect(res.status).toBe(200);
    expect(res.json.notified).toBe(5);
    for (const email of Object.values(p.emails)) {
      expect((await outboxTo(email)).some((m) => m.text.includes("Stay home tonight."))).toBe(true);
    }
    const db = await getDb();
    const row = await db.action.findUniqueOrThrow({ where: { id: action.id } });
    expect(row.locationPrivacy).toBe("APPROXIMATE");
    expect(row.venue).toBeNull();
    expect(row.address).toBeNull();
    expect(row.compromisedAt).not.toBeNull();
    expect(row.publicLat === row.lat && row.publicLng === row.lng).toBe(false);
    expect([row.goingCount, row.waitlistCount]).toEqual([4, 1]);

    const rsvps = await db.rsvp.findMany({ where: { actionId: action.id } });
    expect(rsvps).toHaveLength(4);
    expect(rsvps.filter((r) => r.name !== null || r.email !== null)).toEqual([]);
    const pledges = await db.pledge.findMany({ where: { actionId: action.id } });
    expect(pledges).toHaveLength(1);
    expect(pledges.filter((x) => x.displayName !== null || x.email !== null)).toEqual([]);
    const commitments = await db.boycottCommitment.findMany({ where: { actionId: action.id } });
    expect(commitments).toHaveLength(1);
    expect(commitments.filter((c) => c.email !== null)).toEqual([]);
    // No personal datum of a guest survives anywhere in the action's rows.
    const dump = JSON.stringify({ row, rsvps, pledges, commitments });
    for (const leaked of [p.emails.guest, p.emails.pledge, p.emails.commit, p.emails.waitlisted, "Guest Person", "Pledger Name", "Waiting Person", "1 Safe Street"]) {
      expect(dump).not.toContain(leaked);
    }
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: action.id, verb: "action.compromise" } });
    expect(JSON.stringify(audit, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(p.emails.guest);
  });
});
