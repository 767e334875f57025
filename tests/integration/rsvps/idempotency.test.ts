import { describe, expect, it } from "vitest";
import { POST as rsvpPost } from "@/app/api/actions/[id]/rsvps/route";
import { DELETE as rsvpDelete } from "@/app/api/rsvps/[id]/route";
import { getDb } from "@/lib/db";
import { createAction } from "../../factories";
import { createPerson, ipFor, isolateOutbox, raiseRateLimits } from "../../factories/people";
import { call } from "../helpers/http";

raiseRateLimits();
isolateOutbox();
let n = 0;
const post = (actionId: string, body: object, cookie?: string) =>
  call(rsvpPost, `/api/actions/${actionId}/rsvps`, { method: "POST", body, params: { id: actionId }, cookie, ip: ipFor(++n) });

describe("idempotent RSVPs", () => {
  it("the same signed-in user twice gets the same RSVP, counted once", async () => {
    const action = await createAction({ capacity: 10 });
    const { cookie } = await createPerson();
    const first = await post(action.id, { guests: 1 }, cookie);
    const again = await post(action.id, { guests: 3 }, cookie);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ id: first.json.id, status: "GOING" });
    const db = await getDb();
    expect((await db.action.findUniqueOrThrow({ where: { id: action.id } })).goingCount).toBe(2);
  });

  it("the same guest email twice (any case) gets the existing RSVP and no second cancel code", async () => {
    const action = await createAction({ capacity: 10 });
    const first = await post(action.id, { name: "Ana", email: "Ana@Example.test" });
    const again = await post(action.id, { name: "Ana B", email: "ana@example.test " });
    expect(again.status).toBe(200);
    expect(again.json.id).toBe(first.json.id);
    expect(again.json.cancelToken).toBeUndefined();
    const db = await getDb();
    expect(await db.rsvp.count({ where: { actionId: action.id } })).toBe(1);
  });

  it("concurrent duplicates of one person still make one RSVP", async () => {
    const action = await createAction({ capacity: 10 });
    const { cookie } = await createPerson();
    const results = await Promise.all(Array.from({ length: 8 }, () => post(action.id, {}, cookie)));
    expect(new Set(results.map((r) => r.json.id)).size).toBe(1);
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const db = await getDb();
    expect((await db.action.findUniqueOrThrow({ where: { id: action.id } })).goingCount).toBe(1);
  });

  it("a cancelled RSVP is re-activated at the back of the queue", async () => {
    const action = await createAction({ capacity: 1 });
    const { cookie } = await createPerson();
    const first = await post(action.id, {}, cookie);
    const other = await post(action.id, { name: "Bo", email: "bo@example.test" });
    expect(other.json).toMatchObject({ status: "WAITLISTED", position: 1 });
    await call(rsvpDelete, "/x", { method: "DELETE", params: { id: first.json.id as string }, cookie });
    const back = await post(action.id, {}, cookie);
    expect(back.status).toBe(201);
    expect(back.json).toMatchObject({ id: first.json.id, status: "WAITLISTED", position: 1 });
    const db = await getDb();
    const promoted = await db.rsvp.findUniqueOrThrow({ where: { id: other.json.id as string } });
    expect(promoted.status).toBe("GOING");
  });

  it("headcount RSVPs have no identity: each is a new one", async () => {
    const action = await createAction();
    const a = await post(action.id, {});
    const b = await post(action.id, {});
    expect(a.json.id).not.toBe(b.json.id);
    const db = await getDb();
    const row = await db.rsvp.findUniqueOrThrow({ where: { id: a.json.id as string } });
    expect(row).toMatchObject({ name: null, email: null, userId: null });
    // Only a hash of the code is stored.
    expect(row.cancelTokenHash).not.toBe(a.json.cancelToken);
    expect(row.cancelTokenHash).toHaveLength(43);
  });
});

describe("what takes RSVPs", () => {
  it("only published actions that have not ended (409 otherwise; unpublished ones do not exist: 404), and never a party bigger than capacity", async () => {
    const draft = await createAction({ status: "DRAFT" });
    expect((await post(draft.id, {})).status).toBe(404);
    const cancelled = await createAction({ status: "CANCELLED" });
    expect((await post(cancelled.id, {})).status).toBe(409);
    const ended = await createAction({ startsAt: new Date(Date.now() - 5 * 3_600_000), endsAt: new Date(Date.now() - 3_600_000) });
    expect((await post(ended.id, {})).status).toBe(409);
    const online = await createAction({ kind: "BOYCOTT", mode: "ONLINE" });
    expect((await post(online.id, {})).status).toBe(409);
    const small = await createAction({ capacity: 2 });
    const big = await post(small.id, { guests: 4 });
    expect(big.status).toBe(409);
    expect(big.json.error?.code).toBe("ACTION_FULL");
    expect((await post("no-such-action", {})).status).toBe(404);
  });

  it("accepts the slug as well as the id; an in-person drive takes RSVPs too", async () => {
    const drive = await createAction({ kind: "DONATION_DRIVE", mode: "IN_PERSON" });
    expect((await post(drive.slug, {})).status).toBe(201);
  });

  it("validates fields: guests 0..10, a name with an email", async () => {
    const action = await createAction();
    const tooMany = await post(action.id, { guests: 11 });
    expect(tooMany.status).toBe(400);
    expect(Object.keys(tooMany.json.error?.fields ?? {})).toEqual(["guests"]);
    const noName = await post(action.id, { email: "x@example.test" });
    expect(Object.keys(noName.json.error?.fields ?? {})).toEqual(["name"]);
    const badEmail = await post(action.id, { name: "X", email: "not-an-email" });
    expect(Object.keys(badEmail.json.error?.fields ?? {})).toEqual(["email"]);
  });
});
