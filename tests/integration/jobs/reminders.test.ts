import { describe, expect, it } from "vitest";
import { POST as rsvpPost } from "@/app/api/actions/[id]/rsvps/route";
import { getDb } from "@/lib/db";
import { drainJobs } from "@/lib/jobs/run";
import { runScheduledTasks } from "@/lib/jobs/scheduled";
import { listOutbox } from "@/lib/mail/outbox";
import { queueDueReminders } from "@/lib/rsvps/reminders";
import { createAction } from "../../factories";
import { createPerson, ipFor, isolateOutbox, raiseRateLimits } from "../../factories/people";
import { call } from "../helpers/http";

raiseRateLimits();
isolateOutbox();
const HOUR = 3_600_000;
let n = 0;
const rsvp = (actionId: string, body: object, cookie?: string) =>
  call(rsvpPost, "/x", { method: "POST", body, params: { id: actionId }, cookie, ip: ipFor(++n) });

describe("reminders a day before", () => {
  it("reach everyone GOING exactly once, in their language, even when two instances run the job at the same time", async () => {
    const action = await createAction({ capacity: 3, startsAt: new Date(Date.now() + 20 * HOUR), title: "Vigil for the Sea" });
    const member = await createPerson({ locale: "fr" });
    await rsvp(action.id, {}, member.cookie);
    await rsvp(action.id, { name: "Guest One", email: "guest.one@example.test", locale: "ar", guests: 1 });
    await rsvp(action.id, { name: "Late Comer", email: "late@example.test" }); // waitlisted
    await rsvp(action.id, {}); // headcount: no address, nothing to send
    await drainJobs(); // confirmations out of the way
    const before = listOutbox().length;

    // Two instances' schedulers, then two workers, all at once.
    const claims = await Promise.all([queueDueReminders(), queueDueReminders(), runScheduledTasks(), runScheduledTasks()]);
    const claimed = claims.flatMap((c) => (Array.isArray(c) ? c : c.reminders)).filter((id) => id === action.id);
    expect(claimed).toHaveLength(1);
    await Promise.all([drainJobs(), drainJobs(), drainJobs()]);
    const reminders = listOutbox().slice(0, listOutbox().length - before);
    const recipients = reminders.map((m) => m.to).sort();
    expect(recipients).toEqual(["guest.one@example.test", member.user.email].sort());
    expect(reminders.find((m) => m.to === member.user.email)?.subject).toBe("Demain : Vigil for the Sea");
    expect(reminders.find((m) => m.to === "guest.one@example.test")?.subject).toBe("غدًا: Vigil for the Sea");
    // Times in the action's own zone, with the zone named.
    expect(reminders[0].text).toContain("Asia/Hong_Kong");

    // Running again sends nothing.
    await Promise.all([runScheduledTasks(), runScheduledTasks()]);
    await drainJobs();
    expect(listOutbox().length).toBe(before + 2);
    const db = await getDb();
    expect((await db.action.findUniqueOrThrow({ where: { id: action.id } })).reminderSentAt).not.toBeNull();
  });

  it("leave actions more than a day away, and past ones, alone", async () => {
    const far = await createAction({ startsAt: new Date(Date.now() + 30 * HOUR) });
    const past = await createAction({ startsAt: new Date(Date.now() - 2 * HOUR), endsAt: new Date(Date.now() + HOUR) });
    const claimed = await queueDueReminders();
    expect(claimed).not.toContain(far.id);
    expect(claimed).not.toContain(past.id);
    // The far one is claimed once its day comes.
    expect(await queueDueReminders(new Date(far.startsAt.getTime() - 23 * HOUR))).toContain(far.id);
  });
});

describe("seats freed without a cancellation", () => {
  it("a raised capacity promotes the waitlist in arrival order on the next scheduled run", async () => {
    const action = await createAction({ capacity: 2 });
    const made = [];
    for (let i = 0; i < 5; i++) made.push(await rsvp(action.id, { name: `P${i}`, email: `p${i}-${action.id}@example.test` }));
    expect(made.map((m) => m.json.status)).toEqual(["GOING", "GOING", "WAITLISTED", "WAITLISTED", "WAITLISTED"]);
    const db = await getDb();
    await db.action.update({ where: { id: action.id }, data: { capacity: 4 } });
    const [a, b] = await Promise.all([runScheduledTasks(), runScheduledTasks()]);
    expect(a.promoted + b.promoted).toBe(2);
    const rows = await db.rsvp.findMany({ where: { actionId: action.id }, orderBy: { arrival: "asc" }, select: { status: true } });
    expect(rows.map((r) => r.status)).toEqual(["GOING", "GOING", "GOING", "GOING", "WAITLISTED"]);
    expect(await db.action.findUniqueOrThrow({ where: { id: action.id } })).toMatchObject({ goingCount: 4, waitlistCount: 1 });
    await drainJobs();
    expect(listOutbox().filter((m) => m.subject.startsWith("A place opened up") && m.to.endsWith(`-${action.id}@example.test`))).toHaveLength(2);
  });
});
