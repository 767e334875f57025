import { beforeAll, describe, expect, it } from "vitest";
import { GET as attendeesGet } from "@/app/api/actions/[id]/attendees/route";
import { DELETE as commitmentDelete, POST as commitmentPost } from "@/app/api/actions/[id]/commitments/route";
import { GET as meGet } from "@/app/api/actions/[id]/me/route";
import { POST as pledgePost } from "@/app/api/actions/[id]/pledges/route";
import { POST as rsvpPost } from "@/app/api/actions/[id]/rsvps/route";
import { GET as myRsvpsGet } from "@/app/api/me/rsvps/route";
import { DELETE as rsvpDelete } from "@/app/api/rsvps/[id]/route";
import { getDb } from "@/lib/db";
import { createAction } from "../../factories";
import { createCast, createPerson, ipFor, isolateOutbox, raiseRateLimits } from "../../factories/people";
import { call } from "../helpers/http";

raiseRateLimits();
isolateOutbox();

type Cast = Awaited<ReturnType<typeof createCast>>;
type Role = "anonymous" | "member" | "organiser" | "otherOrganiser" | "admin";
const ROLES: Role[] = ["anonymous", "member", "organiser", "otherOrganiser", "admin"];

let cast: Cast;
let drive: { id: string };
let boycott: { id: string };
const GUEST = { name: "Private Person", email: "private.person@example.test" };
let n = 0;
const cookieOf = (role: Role) => (role === "anonymous" ? undefined : cast[role].cookie);
const ip = () => ipFor(++n);

beforeAll(async () => {
  cast = await createCast({ capacity: 100 });
  drive = await createAction({ chapterId: cast.chapterA.id, kind: "DONATION_DRIVE", currency: "HKD", goalMinor: 100_000 });
  boycott = await createAction({ chapterId: cast.chapterA.id, kind: "BOYCOTT" });
  // Personal data that must only ever reach this chapter's organisers and admins.
  await call(rsvpPost, "/x", { method: "POST", body: { ...GUEST, guests: 1 }, params: { id: cast.action.id }, ip: ip() });
  await call(pledgePost, "/x", { method: "POST", body: { amountMinor: 5000, displayName: "Secret Donor", email: "donor@example.test" }, params: { id: drive.id }, ip: ip() });
  await call(commitmentPost, "/x", { method: "POST", body: { email: "boycotter@example.test" }, params: { id: boycott.id }, ip: ip() });
});

/** A fresh RSVP of the chapter member "owner", so each role gets something to try to cancel. */
async function ownersRsvp(): Promise<string> {
  const action = await createAction({ chapterId: cast.chapterA.id });
  const res = await call(rsvpPost, "/x", { method: "POST", body: {}, params: { id: action.id }, cookie: cast.owner.cookie, ip: ip() });
  expect(res.status).toBe(201);
  return res.json.id as string;
}

async function ownersCommitment(): Promise<string> {
  const res = await call(commitmentPost, "/x", { method: "POST", body: {}, params: { id: boycott.id }, cookie: cast.owner.cookie, ip: ip() });
  return res.json.id as string;
}

function expectNoPersonalData(text: string) {
  for (const secret of [GUEST.email, GUEST.name, "Secret Donor", "donor@example.test", "boycotter@example.test", cast.owner.user.email!]) {
    expect(text).not.toContain(secret);
  }
}

describe("permission matrix", () => {
  const expected: Record<string, Record<Role, number>> = {
    "DELETE /api/rsvps/{id} (someone else's)": { anonymous: 401, member: 403, organiser: 200, otherOrganiser: 403, admin: 200 },
    "DELETE /api/actions/{id}/commitments?commitmentId= (someone else's)": { anonymous: 401, member: 403, organiser: 200, otherOrganiser: 403, admin: 200 },
    "GET /api/actions/{id}/attendees": { anonymous: 401, member: 403, organiser: 200, otherOrganiser: 403, admin: 200 },
    "POST /api/actions/{id}/rsvps": { anonymous: 201, member: 201, organiser: 201, otherOrganiser: 201, admin: 201 },
    "POST /api/actions/{id}/pledges": { anonymous: 201, member: 201, organiser: 201, otherOrganiser: 201, admin: 201 },
    "POST /api/actions/{id}/commitments": { anonymous: 201, member: 201, organiser: 201, otherOrganiser: 201, admin: 201 },
    "GET /api/me/rsvps": { anonymous: 401, member: 200, organiser: 200, otherOrganiser: 200, admin: 200 },
  };

  for (const role of ROLES) {
    it(`${role}: cancel someone else's RSVP`, async () => {
      const id = await ownersRsvp();
      const res = await call(rsvpDelete, `/api/rsvps/${id}`, { method: "DELETE", params: { id }, cookie: cookieOf(role) });
      expect(res.status).toBe(expected["DELETE /api/rsvps/{id} (someone else's)"][role]);
      if (res.status !== 200) expect(Object.keys(res.json)).toEqual(["error"]);
      const db = await getDb();
      const row = await db.rsvp.findUniqueOrThrow({ where: { id } });
      expect(row.status).toBe(res.status === 200 ? "CANCELLED" : "GOING");
      // Organiser and admin cancellations of someone else's RSVP are audited.
      const audits = await db.auditLog.count({ where: { targetId: id, verb: "rsvp.cancel" } });
      expect(audits).toBe(res.status === 200 ? 1 : 0);
    });

    it(`${role}: withdraw someone else's commitment`, async () => {
      const id = await ownersCommitment();
      const res = await call(commitmentDelete, `/x?commitmentId=${id}`, { method: "DELETE", params: { id: boycott.id }, cookie: cookieOf(role) });
      expect(res.status).toBe(expected["DELETE /api/actions/{id}/commitments?commitmentId= (someone else's)"][role]);
      const db = await getDb();
      expect(await db.boycottCommitment.count({ where: { id } })).toBe(res.status === 200 ? 0 : 1);
    });

    it(`${role}: read the attendee list`, async () => {
      for (const target of [cast.action.id, drive.id, boycott.id]) {
        const res = await call(attendeesGet, "/x", { params: { id: target }, cookie: cookieOf(role) });
        expect(res.status).toBe(expected["GET /api/actions/{id}/attendees"][role]);
        if (res.status === 200) {
          expect(res.headers.get("cache-control")).toBe("private, no-store");
          if (target === cast.action.id) expect(res.text).toContain(GUEST.email);
          if (target === drive.id) expect(res.text).toContain("Secret Donor");
          if (target === boycott.id) expect(res.text).toContain("boycotter@example.test");
        } else {
          expectNoPersonalData(res.text);
        }
      }
    });

    it(`${role}: RSVP, pledge, commit, and the viewer endpoint leak nobody else's data`, async () => {
      const cookie = cookieOf(role);
      const rsvp = await call(rsvpPost, "/x", { method: "POST", body: {}, params: { id: cast.action.id }, cookie, ip: ip() });
      expect(rsvp.status).toBe(expected["POST /api/actions/{id}/rsvps"][role]);
      expect(Object.keys(rsvp.json).sort()).toEqual(role === "anonymous" ? ["cancelToken", "id", "status"] : ["id", "status"]);
      const pledge = await call(pledgePost, "/x", { method: "POST", body: { amountMinor: 100, anonymous: true }, params: { id: drive.id }, cookie, ip: ip() });
      expect(pledge.status).toBe(expected["POST /api/actions/{id}/pledges"][role]);
      const commit = await call(commitmentPost, "/x", { method: "POST", body: {}, params: { id: boycott.id }, cookie, ip: ip() });
      expect(commit.status).toBe(expected["POST /api/actions/{id}/commitments"][role]);
      for (const target of [cast.action.id, drive.id, boycott.id]) {
        const me = await call(meGet, "/x", { params: { id: target }, cookie });
        expect(me.status).toBe(200);
        expectNoPersonalData(me.text);
      }
      for (const res of [rsvp, pledge, commit]) expectNoPersonalData(res.text);
      const mine = await call(myRsvpsGet, "/api/me/rsvps", { cookie });
      expect(mine.status).toBe(expected["GET /api/me/rsvps"][role]);
      expectNoPersonalData(mine.text);
    });
  }

  it("the owner and the cancel-code holder may cancel; a wrong code may not", async () => {
    const id = await ownersRsvp();
    expect((await call(rsvpDelete, "/x", { method: "DELETE", params: { id }, cookie: cast.owner.cookie })).status).toBe(200);
    const action = await createAction({ chapterId: cast.chapterA.id });
    const guest = await call(rsvpPost, "/x", { method: "POST", body: {}, params: { id: action.id }, ip: ip() });
    const gid = guest.json.id as string;
    const wrong = await call(rsvpDelete, `/x?token=${"x".repeat(43)}`, { method: "DELETE", params: { id: gid } });
    expect(wrong.status).toBe(403);
    // A valid code for a different RSVP does not cancel this one.
    const other = await call(rsvpPost, "/x", { method: "POST", body: {}, params: { id: action.id }, ip: ip() });
    expect((await call(rsvpDelete, `/x?token=${other.json.cancelToken}`, { method: "DELETE", params: { id: gid } })).status).toBe(403);
    const right = await call(rsvpDelete, `/x?token=${guest.json.cancelToken}`, { method: "DELETE", params: { id: gid } });
    expect(right.status).toBe(200);
    // Repeating is harmless.
    expect((await call(rsvpDelete, `/x?token=${guest.json.cancelToken}`, { method: "DELETE", params: { id: gid } })).status).toBe(200);
    expect((await call(rsvpDelete, "/x", { method: "DELETE", params: { id: "nope" } })).status).toBe(404);
  });

  it("mutations refuse cross-site requests and bodies that are neither JSON nor, where accepted, an HTML form (the gate)", async () => {
    const cross = await call(rsvpPost, "/x", { method: "POST", body: {}, params: { id: cast.action.id }, headers: { origin: "https://evil.example" } });
    expect(cross.status).toBe(403);
    const text = await call(rsvpPost, "/x", { method: "POST", body: "guests=1", params: { id: cast.action.id }, headers: { "content-type": "text/plain" } });
    expect(text.status).toBe(415);
    // HTML forms are accepted here (the no-JavaScript path), but not from another site.
    const form = await call(rsvpPost, "/x", { method: "POST", body: "guests=1", params: { id: cast.action.id }, headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" } });
    expect(form.status).toBe(303);
    expect(form.headers.get("location")).toBe("/?rsvpError=FORBIDDEN");
  });

  it("a member's own RSVP list shows only their own", async () => {
    const { cookie, user } = await createPerson({ chapterId: cast.chapterA.id });
    await call(rsvpPost, "/x", { method: "POST", body: { guests: 2 }, params: { id: cast.action.id }, cookie, ip: ip() });
    const res = await call(myRsvpsGet, "/api/me/rsvps", { cookie });
    const items = res.json.items as { action: { id: string }; guests: number; status: string }[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ action: { id: cast.action.id }, guests: 2, status: "GOING" });
    expect(res.text).not.toContain(user.email!);
  });
});
