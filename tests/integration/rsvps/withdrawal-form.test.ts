import { describe, expect, it } from "vitest";
import { POST as rsvpPost } from "@/app/api/actions/[id]/rsvps/route";
import { POST as withdrawalPost } from "@/app/api/withdrawals/route";
import { createCommitment } from "@/lib/commitments/mutations";
import { getDb } from "@/lib/db";
import { createPledge } from "@/lib/pledges/mutations";
import { createRsvp } from "@/lib/rsvps/mutations";
import { createAction } from "../../factories";
import { createPerson, ipFor, isolateOutbox, raiseRateLimits } from "../../factories/people";
import { call, callForm, redirectOf } from "../helpers/http";

raiseRateLimits();
isolateOutbox();

let n = 0;
/** The cancel page's plain form, as a browser without JavaScript posts it. */
function withdraw(fields: Record<string, string>, options: { cookie?: string; origin?: string } = {}) {
  const headers: Record<string, string> = options.origin ? { origin: options.origin, "sec-fetch-site": "cross-site" } : {};
  return callForm(withdrawalPost, "/api/withdrawals", fields, { cookie: options.cookie, headers, ip: ipFor(7000 + ++n) });
}
const redirect = (res: { headers: Headers }) => {
  const { path, query } = redirectOf(res);
  return { path, query };
};

describe("withdrawing without JavaScript (POST /api/withdrawals, HTML forms only)", () => {
  it("a guest cancels an RSVP with the mailed code: the waitlist moves up, and the page learns it is done", async () => {
    const action = await createAction({ capacity: 1 });
    const first = await createRsvp(null, action.id, { name: "A", email: "a@example.test", guests: 0 });
    const second = await createRsvp(null, action.id, { name: "B", email: "b@example.test", guests: 0 });
    expect(second.status).toBe("WAITLISTED");
    const res = await withdraw({ kind: "rsvp", id: first.id, token: first.cancelToken!, back: "/es/rsvps/cancel" });
    expect(res.status).toBe(303);
    expect(redirect(res)).toEqual({ path: "/es/rsvps/cancel", query: { rsvp: first.id, token: first.cancelToken, withdrawn: "rsvp" } });
    const db = await getDb();
    expect((await db.rsvp.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("CANCELLED");
    expect((await db.rsvp.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("GOING");
  });

  it("a wrong code changes nothing and comes back as an error, with the link's parameters kept", async () => {
    const action = await createAction();
    const r = await createRsvp(null, action.id, { name: "A", email: "wrong-code@example.test", guests: 0 });
    const res = await withdraw({ kind: "rsvp", id: r.id, token: "x".repeat(43), back: "/en/rsvps/cancel" });
    const { query } = redirect(res);
    expect(query.rsvp).toBe(r.id);
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(query.rsvpError);
    expect((await (await getDb()).rsvp.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("GOING");
  });

  it("signed in, the session is the proof for one's own RSVP; nobody else's can be cancelled this way", async () => {
    const action = await createAction();
    const owner = await createPerson();
    const other = await createPerson();
    const made = await call(rsvpPost, "/x", { method: "POST", body: { guests: 0 }, params: { id: action.id }, cookie: owner.cookie, ip: ipFor(7500) });
    const rsvp = made.json as { id: string };
    const refused = await withdraw({ kind: "rsvp", id: rsvp.id, back: `/en/actions/${action.slug}` }, { cookie: other.cookie });
    expect(redirect(refused).query.rsvpError).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
    const crossSite = await withdraw({ kind: "rsvp", id: rsvp.id, back: `/en/actions/${action.slug}` }, { cookie: owner.cookie, origin: "https://evil.test" });
    expect(redirect(crossSite).query.rsvpError).toBe("FORBIDDEN");
    const db = await getDb();
    expect((await db.rsvp.findUniqueOrThrow({ where: { id: rsvp.id } })).status).toBe("GOING");
    const done = await withdraw({ kind: "rsvp", id: rsvp.id, back: `/en/actions/${action.slug}` }, { cookie: owner.cookie });
    expect(redirect(done)).toEqual({ path: `/en/actions/${action.slug}`, query: { withdrawn: "rsvp" } });
    expect((await db.rsvp.findUniqueOrThrow({ where: { id: rsvp.id } })).status).toBe("CANCELLED");
  });

  it("boycott commitments and pledges are withdrawn with their codes too", async () => {
    const boycott = await createAction({ kind: "BOYCOTT" });
    const c = await createCommitment(null, boycott.id, { email: "c@example.test" });
    const res1 = await withdraw({ kind: "commitment", actionId: boycott.id, token: c.cancelToken!, back: "/fr/rsvps/cancel" });
    expect(redirect(res1).query).toEqual({ commitment: boycott.id, token: c.cancelToken, withdrawn: "commitment" });
    const drive = await createAction({ kind: "DONATION_DRIVE", currency: "HKD" });
    const p = await createPledge(null, drive.id, { amountMinor: 500, currency: "HKD", anonymous: true });
    const res2 = await withdraw({ kind: "pledge", id: p.id, actionId: drive.id, token: p.cancelToken!, back: "/fr/rsvps/cancel" });
    expect(redirect(res2).query.withdrawn).toBe("pledge");
    const db = await getDb();
    expect(await db.boycottCommitment.count({ where: { actionId: boycott.id } })).toBe(0);
    expect(await db.pledge.count({ where: { actionId: drive.id } })).toBe(0);
  });

  it("takes HTML forms only, and needs to be told what to withdraw", async () => {
    const json = await call(withdrawalPost, "/api/withdrawals", { method: "POST", body: { kind: "rsvp", id: "x" } });
    expect(json.status).toBe(415);
    expect(json.json.error?.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    const vague = await withdraw({ kind: "everything", back: "/en" });
    expect(vague.status).toBe(400);
    expect(vague.json.error?.code).toBe("BAD_REQUEST");
  });
});
