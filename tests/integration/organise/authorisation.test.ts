import { beforeAll, describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/actions/route";
import { PATCH as patchRoute } from "@/app/api/actions/[id]/route";
import { POST as submitRoute } from "@/app/api/actions/[id]/submit/route";
import { POST as cancelRoute } from "@/app/api/actions/[id]/cancel/route";
import { POST as relocateRoute } from "@/app/api/actions/[id]/relocate/route";
import { POST as compromisedRoute } from "@/app/api/actions/[id]/compromised/route";
import { POST as duplicateRoute } from "@/app/api/actions/[id]/duplicate/route";
import { POST as checkinRoute } from "@/app/api/actions/[id]/checkins/route";
import { POST as messageRoute } from "@/app/api/actions/[id]/messages/route";
import { GET as csvRoute } from "@/app/api/actions/[id]/attendees.csv/route";
import { POST as imageRoute, DELETE as imageDeleteRoute } from "@/app/api/actions/[id]/image/route";
import { PATCH as pledgeRoute } from "@/app/api/actions/[id]/pledges/[pledgeId]/route";
import { PATCH as chapterRoute } from "@/app/api/chapters/[slug]/route";
import { GET as membersGet, POST as membersPost, DELETE as membersDelete } from "@/app/api/chapters/[slug]/members/route";
import { POST as uploadRoute } from "@/app/api/uploads/route";
import { getDb } from "@/lib/db";
import { createAction } from "../../factories";
import { callRoute, isolateSideEffects, organiseWorld, participants, principal, rallyBody, type Principal } from "../../factories/organise";

let w: Awaited<ReturnType<typeof organiseWorld>>;
let actionB: { id: string; slug: string };
let people: Awaited<ReturnType<typeof participants>>;
let tinyPng: Buffer;

beforeAll(async () => {
  isolateSideEffects();
  w = await organiseWorld();
  actionB = await createAction({ chapterId: w.chapterB.id, statementId: w.statement.id });
  people = await participants(actionB.id);
  const sharp = (await import("sharp")).default;
  tinyPng = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#c00" } }).png().toBuffer();
});

/** Every organiser route, aimed at chapter B's action and chapter. */
function routes() {
  const id = actionB.id;
  const a = (path: string) => `/api/actions/${id}${path}`;
  return [
    { name: "create in B", run: (c?: string) => callRoute(createRoute, "/api/actions", { method: "POST", body: rallyBody(w.chapterB.id, w.statement.id), cookie: c }) },
    { name: "edit", run: (c?: string) => callRoute(patchRoute, a(""), { method: "PATCH", body: { title: "Taken over" }, params: { id }, cookie: c }) },
    { name: "submit", run: (c?: string) => callRoute(submitRoute, a("/submit"), { method: "POST", params: { id }, cookie: c }) },
    { name: "cancel", run: (c?: string) => callRoute(cancelRoute, a("/cancel"), { method: "POST", body: { message: "x" }, params: { id }, cookie: c }) },
    { name: "relocate", run: (c?: string) => callRoute(relocateRoute, a("/relocate"), { method: "POST", body: { lat: 1, lng: 1 }, params: { id }, cookie: c }) },
    { name: "compromised", run: (c?: string) => callRoute(compromisedRoute, a("/compromised"), { method: "POST", body: {}, params: { id }, cookie: c }) },
    { name: "duplicate", run: (c?: string) => callRoute(duplicateRoute, a("/duplicate"), { method: "POST", params: { id }, cookie: c }) },
    { name: "check-in", run: (c?: string) => callRoute(checkinRoute, a("/checkins"), { method: "POST", body: { rsvpId: people.guest.id }, params: { id }, cookie: c }) },
    { name: "message", run: (c?: string) => callRoute(messageRoute, a("/messages"), { method: "POST", body: { subject: "s", body: "b" }, params: { id }, cookie: c }) },
    { name: "csv export", run: (c?: string) => callRoute(csvRoute, a("/attendees.csv?reason=curious"), { params: { id }, cookie: c }) },
    { name: "image", run: (c?: string) => callRoute(imageRoute, a("/image"), { method: "POST", body: tinyPng.toString("latin1"), headers: { "content-type": "image/png" }, params: { id }, cookie: c }) },
    { name: "image delete", run: (c?: string) => callRoute(imageDeleteRoute, a("/image"), { method: "DELETE", params: { id }, cookie: c }) },
    { name: "pledge received", run: (c?: string) => callRoute(pledgeRoute, a(`/pledges/${people.pledge.id}`), { method: "PATCH", body: { received: true }, params: { id, pledgeId: people.pledge.id }, cookie: c }) },
    { name: "chapter settings", run: (c?: string) => callRoute(chapterRoute, `/api/chapters/${w.chapterB.slug}`, { method: "PATCH", body: { name: "Taken over" }, params: { slug: w.chapterB.slug }, cookie: c }) },
    { name: "members list", run: (c?: string) => callRoute(membersGet, `/api/chapters/${w.chapterB.slug}/members`, { params: { slug: w.chapterB.slug }, cookie: c }) },
    { name: "invite", run: (c?: string) => callRoute(membersPost, `/api/chapters/${w.chapterB.slug}/members`, { method: "POST", body: { email: "intruder@example.test" }, params: { slug: w.chapterB.slug }, cookie: c }) },
    { name: "remove member", run: (c?: string) => callRoute(membersDelete, `/api/chapters/${w.chapterB.slug}/members?userId=${w.organiserB.id}`, { method: "DELETE", params: { slug: w.chapterB.slug }, cookie: c }) },
  ];
}

async function snapshot() {
  const db = await getDb();
  return {
    action: await db.action.findUniqueOrThrow({ where: { id: actionB.id }, select: { title: true, status: true, lat: true, imagePath: true, venue: true } }),
    rsvps: await db.rsvp.findMany({ where: { actionId: actionB.id }, select: { name: true, email: true, checkedInAt: true }, orderBy: { id: "asc" } }),
    pledge: await db.pledge.findUniqueOrThrow({ where: { id: people.pledge.id }, select: { received: true } }),
    chapter: await db.chapter.findUniqueOrThrow({ where: { id: w.chapterB.id }, select: { name: true } }),
    memberships: await db.chapterMembership.count({ where: { chapterId: w.chapterB.id } }),
    actionsInB: await db.action.count({ where: { chapterId: w.chapterB.id } }),
    audit: await db.auditLog.count({ where: { chapterId: w.chapterB.id } }),
  };
}

describe("organisers act only on their own chapter", () => {
  const cases: [string, () => Principal][] = [
    ["an organiser of another chapter", () => w.organiserA],
    ["a member of another chapter", () => w.memberA],
  ];

  for (const [who, get] of cases) {
    it(`${who} gets 403 on every organiser route of chapter B, and nothing changes`, async () => {
      const before = await snapshot();
      for (const route of routes()) {
        const res = await route.run(get().cookie);
        expect(res.status, `${route.name}: ${res.text}`).toBe(403);
        expect(res.json.error?.code).toBe("FORBIDDEN");
      }
      expect(await snapshot()).toEqual(before);
    });
  }

  it("a plain member of chapter B itself gets 403 as well", async () => {
    const memberB = await principal("MEMBER", w.chapterB.id);
    for (const route of routes()) {
      const res = await route.run(memberB.cookie);
      expect(res.status, route.name).toBe(403);
    }
  });

  it("without a session every route answers 401", async () => {
    for (const route of routes()) {
      const res = await route.run(undefined);
      expect(res.status, route.name).toBe(401);
    }
  });

  it("uploading an image needs an organiser or admin", async () => {
    const nobody = await principal(null, null);
    const res = await callRoute(uploadRoute, "/api/uploads", { method: "POST", body: tinyPng.toString("latin1"), headers: { "content-type": "image/png" }, cookie: nobody.cookie });
    expect(res.status).toBe(403);
  });

  it("chapter B's own organiser is allowed (the same requests succeed)", async () => {
    const res = await callRoute(checkinRoute, `/api/actions/${actionB.id}/checkins`, { method: "POST", body: { rsvpId: people.guest.id }, params: { id: actionB.id }, cookie: w.organiserB.cookie });
    expect(res.status).toBe(200);
    const csv = await callRoute(csvRoute, `/api/actions/${actionB.id}/attendees.csv?reason=door list`, { params: { id: actionB.id }, cookie: w.organiserB.cookie });
    expect(csv.status).toBe(200);
  });
});
