import { describe, expect, it } from "vitest";
import { POST as commitmentPost } from "@/app/api/actions/[id]/commitments/route";
import { POST as rsvpPost } from "@/app/api/actions/[id]/rsvps/route";
import { DELETE as rsvpDelete } from "@/app/api/rsvps/[id]/route";
import { getDb } from "@/lib/db";
import { claimJobs, enqueue, failJob, MAX_ATTEMPTS } from "@/lib/jobs/queue";
import { drainJobs, runDueJobs } from "@/lib/jobs/run";
import { listOutbox } from "@/lib/mail/outbox";
import { createAction } from "../../factories";
import { createPerson, ipFor, isolateOutbox, raiseRateLimits } from "../../factories/people";
import { call } from "../helpers/http";

raiseRateLimits();
isolateOutbox();
let n = 0;
const rsvp = (actionId: string, body: object, cookie?: string) =>
  call(rsvpPost, "/x", { method: "POST", body, params: { id: actionId }, cookie, ip: ipFor(++n) });

describe("participation mail through the job queue", () => {
  it("guest confirmation carries a working cancel link; the promoted guest is mailed", async () => {
    const action = await createAction({ capacity: 1, title: "Rally at the Harbour" });
    const first = await rsvp(action.id, { name: "Ana", email: "ana@example.test", locale: "id" });
    const second = await rsvp(action.id, { name: "Ben", email: "ben@example.test" });
    expect(second.json).toMatchObject({ status: "WAITLISTED", position: 1 });
    await drainJobs();
    const toAna = listOutbox().find((m) => m.to === "ana@example.test")!;
    expect(toAna.subject).toBe("Kamu terdaftar hadir: Rally at the Harbour");
    const toBen = listOutbox().find((m) => m.to === "ben@example.test")!;
    expect(toBen.text).toContain("position 1");
    const link = /https?:\/\/\S+\/rsvps\/cancel\?rsvp=([^&\s]+)&token=(\S+)/.exec(toAna.text);
    expect(link?.[1]).toBe(first.json.id);
    expect(decodeURIComponent(link![2])).toBe(first.json.cancelToken);
    // The queue no longer holds the code once the mail is out.
    const db = await getDb();
    expect(JSON.stringify(await db.job.findMany())).not.toContain(first.json.cancelToken as string);

    const cancelled = await call(rsvpDelete, `/x?token=${link![2]}`, { method: "DELETE", params: { id: link![1] } });
    expect(cancelled.json).toMatchObject({ status: "CANCELLED", promoted: 1 });
    // The cancelled guest's name and email are gone at once.
    expect(await db.rsvp.findUniqueOrThrow({ where: { id: first.json.id as string } })).toMatchObject({ name: null, email: null });
    await drainJobs();
    const promoted = listOutbox().find((m) => m.to === "ben@example.test" && m.subject.startsWith("A place opened up"));
    expect(promoted?.text).toContain("Rally at the Harbour");
  });

  it("a signed-in RSVP is confirmed to the account's address in the account's language", async () => {
    const action = await createAction({ title: "Solidarity March" });
    const member = await createPerson({ locale: "es" });
    await rsvp(action.id, { guests: 2 }, member.cookie);
    await drainJobs();
    const mail = listOutbox().find((m) => m.to === member.user.email)!;
    expect(mail.subject).toBe("Tienes plaza: Solidarity March");
    expect(mail.text).toContain("2 acompañantes");
    expect(mail.text).toContain("/es/me/rsvps");
  });

  it("a boycott joined by email gets a withdraw link", async () => {
    const boycott = await createAction({ kind: "BOYCOTT", title: "Boycott Acme" });
    const res = await call(commitmentPost, "/x", { method: "POST", body: { email: "b@example.test", locale: "fr" }, params: { id: boycott.id }, ip: ipFor(++n) });
    expect(res.status).toBe(201);
    await drainJobs();
    const mail = listOutbox().find((m) => m.to === "b@example.test")!;
    expect(mail.subject).toBe("Vous boycottez : Boycott Acme");
    expect(mail.text).toContain(`commitment=${boycott.id}&token=`);
  });

  it("two workers never run the same job; failures back off and park after the last attempt", async () => {
    const db = await getDb();
    for (let i = 0; i < 30; i++) await enqueue(db, "reveal.fanout", { i });
    const [a, b] = await Promise.all([claimJobs(db, 20), claimJobs(db, 20)]);
    const ids = [...a, ...b].map((j) => String(j.id));
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    await db.job.updateMany({ where: { name: "reveal.fanout" }, data: { lockedUntil: null } });
    expect(await runDueJobs(100)).toBeGreaterThanOrEqual(30);

    await enqueue(db, "mail.rsvp", { rsvpId: "x" });
    const [job] = await claimJobs(db, 1);
    await failJob(db, job, new Error("smtp down"));
    const backedOff = await db.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(backedOff.runAt.getTime()).toBeGreaterThan(Date.now());
    expect(backedOff.lastError).toBe("smtp down");
    await failJob(db, { ...job, attempts: MAX_ATTEMPTS }, new Error("smtp still down"));
    const parked = await db.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(parked.failedAt).not.toBeNull();
    expect(parked.payload).toEqual({});
  });
});
