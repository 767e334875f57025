import { describe, expect, it } from "vitest";
import { DELETE as withdrawDelete, PATCH as receivedPatch } from "@/app/api/actions/[id]/pledges/[pledgeId]/route";
import { POST as pledgePost } from "@/app/api/actions/[id]/pledges/route";
import { getDb } from "@/lib/db";
import { drainJobs } from "@/lib/jobs/run";
import { listOutbox } from "@/lib/mail/outbox";
import { findCancelTarget } from "@/lib/rsvps/cancel-lookup";
import { createAction } from "../../factories";
import { createPerson, ipFor, isolateOutbox, raiseRateLimits } from "../../factories/people";
import { call } from "../helpers/http";

raiseRateLimits();
isolateOutbox();
let n = 0;
const pledge = (id: string, body: object, cookie?: string) => call(pledgePost, "/x", { method: "POST", body, params: { id }, cookie, ip: ipFor(++n) });
const withdraw = (id: string, pledgeId: string, opts: { token?: string; cookie?: string } = {}) =>
  call(withdrawDelete, opts.token ? `/x?token=${encodeURIComponent(opts.token)}` : "/x", { method: "DELETE", params: { id, pledgeId }, cookie: opts.cookie, ip: ipFor(++n) });

const drive = () => createAction({ kind: "DONATION_DRIVE", currency: "EUR", goalMinor: 50_000 });

describe("withdrawing a pledge", () => {
  it("a guest with an address gets a confirmation whose link withdraws the pledge; the total drops and nothing is kept", async () => {
    const action = await drive();
    const res = await pledge(action.id, { amountMinor: 4000, currency: "EUR", displayName: "Noor", email: "noor@example.test", locale: "fr" });
    expect(res.status).toBe(201);
    expect(res.json.pledgedMinor).toBe(4000);
    const token = res.json.cancelToken as string;
    expect(token.length).toBeGreaterThan(20);

    await drainJobs();
    const mail = listOutbox(100).find((m) => m.to === "noor@example.test");
    expect(mail?.subject).toContain(action.title);
    expect(mail?.subject).toMatch(/^Votre promesse/);
    const link = new URL(/https?:\/\/\S+rsvps\/cancel\?\S+/.exec(mail!.text)![0]);
    expect(link.pathname).toBe("/fr/rsvps/cancel");
    expect(link.searchParams.get("token")).toBe(token);
    expect(await findCancelTarget({ pledge: link.searchParams.get("pledge")!, token })).toMatchObject({ kind: "pledge", title: action.title });

    const done = await withdraw(action.id, res.json.id as string, { token });
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ ok: true, pledgedMinor: 0 });
    expect(await (await getDb()).pledge.count({ where: { actionId: action.id } })).toBe(0);
    // The link is spent.
    expect((await withdraw(action.id, res.json.id as string, { token })).status).toBe(404);
    expect(await findCancelTarget({ pledge: res.json.id as string, token })).toBeNull();
  });

  it("an anonymous guest keeps only the code in the browser: no mail, no address stored", async () => {
    const action = await drive();
    const res = await pledge(action.id, { amountMinor: 700, anonymous: true, email: "hidden@example.test" });
    expect(res.status).toBe(201);
    await drainJobs();
    expect(listOutbox(100).filter((m) => m.to === "hidden@example.test")).toHaveLength(0);
    const row = await (await getDb()).pledge.findUniqueOrThrow({ where: { id: res.json.id as string } });
    expect(row.email).toBeNull();
    expect(row.cancelTokenHash).not.toContain(res.json.cancelToken as string);
    expect((await withdraw(action.id, row.id, { token: res.json.cancelToken as string })).status).toBe(200);
  });

  it("a wrong code, someone else's pledge and another drive's id all look like no pledge", async () => {
    const action = await drive();
    const other = await drive();
    const mine = await pledge(action.id, { amountMinor: 500, anonymous: true });
    const stranger = await createPerson();
    expect((await withdraw(action.id, mine.json.id as string, { token: "x".repeat(43) })).status).toBe(404);
    expect((await withdraw(other.id, mine.json.id as string, { token: mine.json.cancelToken as string })).status).toBe(404);
    expect((await withdraw(action.id, mine.json.id as string, { cookie: stranger.cookie })).status).toBe(404);
    expect((await withdraw(action.id, mine.json.id as string)).status).toBe(401);
    expect(await (await getDb()).pledge.count({ where: { actionId: action.id } })).toBe(1);
  });

  it("the signed-in person who pledged withdraws with their session; a pledge already received stays", async () => {
    const action = await drive();
    const member = await createPerson();
    const organiser = await createPerson({ chapterId: action.chapterId, role: "ORGANISER" });
    const first = await pledge(action.id, { amountMinor: 1000, anonymous: true }, member.cookie);
    const second = await pledge(action.id, { amountMinor: 2000, anonymous: true }, member.cookie);
    expect(first.json.cancelToken).toBeUndefined();
    expect((await withdraw(action.id, first.json.id as string, { cookie: member.cookie })).status).toBe(200);

    const received = await call(receivedPatch, "/x", { method: "PATCH", body: { received: true }, params: { id: action.id, pledgeId: second.json.id as string }, cookie: organiser.cookie });
    expect(received.status).toBe(200);
    const refused = await withdraw(action.id, second.json.id as string, { cookie: member.cookie });
    expect(refused.status).toBe(409);
    expect(refused.json.error?.code).toBe("CONFLICT");
    expect(await (await getDb()).pledge.count({ where: { actionId: action.id } })).toBe(1);
  });
});
