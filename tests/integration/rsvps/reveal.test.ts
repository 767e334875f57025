import { describe, expect, it } from "vitest";
import { GET as meGet } from "@/app/api/actions/[id]/me/route";
import { POST as rsvpPost } from "@/app/api/actions/[id]/rsvps/route";
import { getDb } from "@/lib/db";
import { drainJobs } from "@/lib/jobs/run";
import { listOutbox } from "@/lib/mail/outbox";
import { queueDueReveals } from "@/lib/rsvps/reminders";
import { RSVP_TOKEN_HEADER } from "@/lib/rsvps/schema";
import { viewerState } from "@/lib/rsvps/viewer";
import { createAction } from "../../factories";
import { createPerson, ipFor, isolateOutbox, raiseRateLimits } from "../../factories/people";
import { call } from "../helpers/http";

raiseRateLimits();
isolateOutbox();

const HOUR = 3_600_000;
const PLACE = { venue: "Secret Hall", address: "12 Hidden Lane", lat: 22.2855, lng: 114.1577 };
let n = 0;

async function hiddenRally(startsInHours: number, revealHoursBefore: number | null, capacity = 1) {
  return createAction({
    locationPrivacy: "REVEAL_TO_ATTENDEES", revealHoursBefore, capacity, ...PLACE,
    startsAt: new Date(Date.now() + startsInHours * HOUR),
  });
}

describe("REVEAL_TO_ATTENDEES", () => {
  it("shows the exact place to GOING attendees from revealHoursBefore on — never earlier, never to the waitlist", async () => {
    const action = await hiddenRally(10, 6);
    const going = await createPerson();
    const waiting = await createPerson();
    await call(rsvpPost, "/x", { method: "POST", body: {}, params: { id: action.id }, cookie: going.cookie, ip: ipFor(++n) });
    await call(rsvpPost, "/x", { method: "POST", body: {}, params: { id: action.id }, cookie: waiting.cookie, ip: ipFor(++n) });
    const revealAt = action.startsAt.getTime() - 6 * HOUR;
    const at = (ms: number) => new Date(ms);
    const goingUser = { ...going.user, memberships: [], sessionId: "s", suspended: false, role: "USER" as const };
    const waitingUser = { ...waiting.user, memberships: [], sessionId: "s", suspended: false, role: "USER" as const };

    expect((await viewerState(goingUser, action.id, {}, at(revealAt - 60_000))).location).toBeNull();
    expect((await viewerState(goingUser, action.id, {}, at(revealAt))).location).toEqual(PLACE);
    expect((await viewerState(goingUser, action.id, {}, at(revealAt + HOUR))).location).toEqual(PLACE);
    const w = await viewerState(waitingUser, action.id, {}, at(revealAt + HOUR));
    expect(w.rsvp?.status).toBe("WAITLISTED");
    expect(w.location).toBeNull();
    expect(w.revealAt).toBe(new Date(revealAt).toISOString());
    expect((await viewerState(null, action.id, {}, at(revealAt + HOUR))).location).toBeNull();
  });

  it("over HTTP: the place is absent before the reveal time and for anonymous viewers, present for a headcount code holder after", async () => {
    const early = await hiddenRally(30, 24, 10);
    const e = await call(rsvpPost, "/x", { method: "POST", body: {}, params: { id: early.id }, ip: ipFor(++n) });
    const before = await call(meGet, "/x", { params: { id: early.id }, headers: { [RSVP_TOKEN_HEADER]: e.json.cancelToken as string } });
    expect(before.json.rsvp).toMatchObject({ status: "GOING" });
    expect(before.json.location).toBeNull();
    expect(before.text).not.toContain("Hidden Lane");

    const due = await hiddenRally(3, 4, 10);
    const d = await call(rsvpPost, "/x", { method: "POST", body: {}, params: { id: due.id }, ip: ipFor(++n) });
    const holder = await call(meGet, "/x", { params: { id: due.id }, headers: { [RSVP_TOKEN_HEADER]: d.json.cancelToken as string } });
    expect(holder.json.location).toEqual(PLACE);
    const stranger = await call(meGet, "/x", { params: { id: due.id } });
    expect(stranger.json.location).toBeNull();
    expect(stranger.text).not.toContain("Hidden Lane");
    expect(stranger.text).not.toContain("22.2855");
  });

  it("mails the place once to GOING attendees when the reveal time comes, not to the waitlist", async () => {
    const action = await hiddenRally(5, 4);
    const going = await createPerson({ locale: "es" });
    const waiting = await createPerson();
    await call(rsvpPost, "/x", { method: "POST", body: {}, params: { id: action.id }, cookie: going.cookie, ip: ipFor(++n) });
    await call(rsvpPost, "/x", { method: "POST", body: {}, params: { id: action.id }, cookie: waiting.cookie, ip: ipFor(++n) });
    await drainJobs();
    const confirmation = listOutbox().find((m) => m.to === going.user.email);
    // The confirmation went out before the reveal time: it promises the place, it does not give it.
    expect(confirmation?.text).not.toContain("Hidden Lane");
    expect(await queueDueReveals(new Date())).not.toContain(action.id);
    const revealTime = new Date(action.startsAt.getTime() - 4 * HOUR + 1000);
    const [a, b] = await Promise.all([queueDueReveals(revealTime), queueDueReveals(revealTime)]);
    expect([...a, ...b].filter((id) => id === action.id)).toHaveLength(1);
    await Promise.all([drainJobs(revealTime), drainJobs(revealTime)]);
    const mails = listOutbox().filter((m) => m.text.includes("12 Hidden Lane"));
    expect(mails.map((m) => m.to)).toEqual([going.user.email]);
    expect(mails[0].subject).toContain("El lugar");
    expect(await queueDueReveals(revealTime)).not.toContain(action.id);
    const db = await getDb();
    expect(await db.job.count({ where: { key: `reveal:${action.id}` } })).toBe(1);
  });
});
