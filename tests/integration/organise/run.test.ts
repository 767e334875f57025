import { beforeAll, describe, expect, it } from "vitest";
import { POST as checkinRoute } from "@/app/api/actions/[id]/checkins/route";
import { POST as messageRoute } from "@/app/api/actions/[id]/messages/route";
import { GET as csvRoute } from "@/app/api/actions/[id]/attendees.csv/route";
import { PATCH as pledgeRoute } from "@/app/api/actions/[id]/pledges/[pledgeId]/route";
import { getDb } from "@/lib/db";
import { createAction } from "../../factories";
import { callRoute, isolateSideEffects, organiseWorld, outboxTo, participants } from "../../factories/organise";

let w: Awaited<ReturnType<typeof organiseWorld>>;
let action: { id: string; slug: string; title: string };
let p: Awaited<ReturnType<typeof participants>>;

beforeAll(async () => {
  isolateSideEffects();
  w = await organiseWorld();
  action = await createAction({ chapterId: w.chapterA.id, statementId: w.statement.id, timeZone: "Europe/London" });
  p = await participants(action.id);
});

const at = (path: string) => `/api/actions/${action.id}${path}`;

describe("running an action", () => {
  it("checks a going attendee in and out, idempotently, with an audit entry per change", async () => {
    const first = await callRoute(checkinRoute, at("/checkins"), { method: "POST", body: { rsvpId: p.guest.id }, params: { id: action.id }, cookie: w.organiserA.cookie });
    expect(first.status).toBe(200);
    const again = await callRoute(checkinRoute, at("/checkins"), { method: "POST", body: { rsvpId: p.guest.id }, params: { id: action.id }, cookie: w.organiserA.cookie });
    expect(again.json.checkedInAt).toBe(first.json.checkedInAt);
    const undo = await callRoute(checkinRoute, at("/checkins"), { method: "POST", body: { rsvpId: p.guest.id, checkedIn: false }, params: { id: action.id }, cookie: w.organiserA.cookie });
    expect(undo.json.checkedInAt).toBeNull();
    const waiting = await callRoute(checkinRoute, at("/checkins"), { method: "POST", body: { rsvpId: p.waitlisted.id }, params: { id: action.id }, cookie: w.organiserA.cookie });
    expect(waiting.status).toBe(409);
    const db = await getDb();
    expect(await db.auditLog.count({ where: { targetId: p.guest.id } })).toBe(3);
  });

  it("an RSVP of another action cannot be checked in through this one", async () => {
    const other = await createAction({ chapterId: w.chapterA.id, statementId: w.statement.id });
    const res = await callRoute(checkinRoute, `/api/actions/${other.id}/checkins`, { method: "POST", body: { rsvpId: p.guest.id }, params: { id: other.id }, cookie: w.organiserA.cookie });
    expect(res.status).toBe(404);
  });

  it("exports a CSV only with a reason, and logs the export with it", async () => {
    const missing = await callRoute(csvRoute, at("/attendees.csv"), { params: { id: action.id }, cookie: w.organiserA.cookie });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.json.error?.fields ?? {})).toEqual(["reason"]);
    const res = await callRoute(csvRoute, at("/attendees.csv?reason=Venue+sign-in+sheet"), { params: { id: action.id }, cookie: w.organiserA.cookie });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toContain(`${action.slug}-attendees.csv`);
    const lines = res.text.trim().split("\r\n");
    expect(lines[0]).toBe("name,email,status,guests,registered (Europe/London),checked_in (Europe/London)");
    expect(lines).toHaveLength(5);
    expect(res.text).toContain(`Guest Person,${p.emails.guest},GOING,0`);
    expect(res.text).toContain(`Signed In Attendee,${p.emails.user},GOING,1`);
    const audit = await (await getDb()).auditLog.findFirstOrThrow({ where: { targetId: action.id, verb: "action.attendees.export" } });
    expect(audit.reason).toBe("Venue sign-in sheet");
    expect(audit.actorId).toBe(w.organiserA.id);
  });

  it("neutralises spreadsheet formulas in names", async () => {
    const db = await getDb();
    const other = await createAction({ chapterId: w.chapterA.id, statementId: w.statement.id });
    await db.rsvp.create({ data: { actionId: other.id, name: "=HYPERLINK(\"http://evil\")", email: "f@example.test", status: "GOING" } });
    const res = await callRoute(csvRoute, `/api/actions/${other.id}/attendees.csv?reason=check`, { params: { id: other.id }, cookie: w.organiserA.cookie });
    expect(res.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it("messages attendees one mail each, and logs how many without the text", async () => {
    const res = await callRoute(messageRoute, at("/messages"), {
      method: "POST",
      body: { subject: "Bring water", body: "It will be hot on Saturday.", audience: "GOING" },
      params: { id: action.id },
      cookie: w.organiserA.cookie,
    });
    expect(res.status).toBe(200);
    expect(res.json.sent).toBe(2); // the signed-in attendee and the guest; the headcount has no address
    for (const email of [p.emails.user, p.emails.guest]) {
      const mails = (await outboxTo(email)).filter((m) => m.subject === `[${action.title}] Bring water`);
      expect(mails).toHaveLength(1);
      expect(mails[0].text).toContain("It will be hot on Saturday.");
    }
    expect((await outboxTo(p.emails.waitlisted))).toHaveLength(0);
    const audit = await (await getDb()).auditLog.findFirstOrThrow({ where: { targetId: action.id, verb: "action.message" } });
    expect(audit.after).toEqual({ audience: "GOING", recipients: 2 });
    expect(JSON.stringify(audit.after)).not.toContain("hot on Saturday");
  });

  it("records a pledge received offline, and can undo it", async () => {
    const url = at(`/pledges/${p.pledge.id}`);
    const res = await callRoute(pledgeRoute, url, { method: "PATCH", body: { received: true }, params: { id: action.id, pledgeId: p.pledge.id }, cookie: w.organiserA.cookie });
    expect(res.status).toBe(200);
    const db = await getDb();
    expect((await db.pledge.findUniqueOrThrow({ where: { id: p.pledge.id } })).received).toBe(true);
    await callRoute(pledgeRoute, url, { method: "PATCH", body: { received: false }, params: { id: action.id, pledgeId: p.pledge.id }, cookie: w.organiserA.cookie });
    const row = await db.pledge.findUniqueOrThrow({ where: { id: p.pledge.id } });
    expect([row.received, row.receivedAt]).toEqual([false, null]);
    expect((await db.auditLog.findMany({ where: { targetId: p.pledge.id }, orderBy: { id: "asc" } })).map((a) => a.verb)).toEqual(["pledge.receive", "pledge.receive.undo"]);
  });
});
