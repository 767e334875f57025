import "./als-global";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POST as rsvp } from "@/app/api/actions/[id]/rsvps/route";
import { POST as report } from "@/app/api/reports/route";
import { getDb } from "@/lib/db";
import { createAction, createUser } from "../../factories";
import { call, sessionCookieFor } from "../helpers/http";

process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "mobilise-abuse-"));

const rsvpTo = (id: string, body: unknown, extra: { cookie?: string; ip?: string } = {}) =>
  call(rsvp, `/api/actions/${id}/rsvps`, { method: "POST", body, params: { id }, ...extra });

describe("abuse resistance of anonymous writes", () => {
  it("an anonymous RSVP with the honeypot filled is refused and leaves no trace", async () => {
    const action = await createAction({ capacity: 10 });
    const res = await rsvpTo(action.id, { name: "Bot", email: "bot@example.test", website: "http://spam.example" }, { ip: "198.51.100.1" });
    expect(res.status).toBe(400);
    const db = await getDb();
    expect(await db.rsvp.count({ where: { actionId: action.id } })).toBe(0);
    expect((await db.action.findUniqueOrThrow({ where: { id: action.id } })).goingCount).toBe(0);
  });

  it("an empty honeypot is what a person's browser sends: accepted", async () => {
    const action = await createAction({ capacity: 10 });
    expect((await rsvpTo(action.id, { name: "Ana", email: "ana@example.test", website: "" }, { ip: "198.51.100.2" })).status).toBe(201);
    expect((await rsvpTo(action.id, {}, { ip: "198.51.100.2" })).status).toBe(201);
  });

  it("signed-in people are accountable and not second-guessed by the honeypot", async () => {
    const action = await createAction({ capacity: 10 });
    const cookie = await sessionCookieFor((await createUser()).id);
    expect((await rsvpTo(action.id, { website: "autofilled by a password manager" }, { cookie, ip: "198.51.100.3" })).status).toBe(201);
  });

  it("a report with the honeypot filled is refused and stores nothing", async () => {
    const action = await createAction();
    const res = await call(report, "/api/reports", { method: "POST", body: { actionId: action.id, reason: "SPAM", website: "x" }, ip: "198.51.100.4" });
    expect(res.status).toBe(400);
    expect(await (await getDb()).report.count({ where: { actionId: action.id } })).toBe(0);
  });

  it("anonymous RSVPs from one address stop at the RSVP limit (20 per 10 minutes)", async () => {
    const action = await createAction({ capacity: 100 });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await rsvpTo(action.id, {}, { ip: "198.51.100.5" })).status);
    expect(statuses.slice(0, 20).every((s) => s === 201)).toBe(true);
    expect(statuses[20]).toBe(429);
  });

  it("anonymous reports from one address stop at the report limit (5 per 10 minutes)", async () => {
    const action = await createAction();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await call(report, "/api/reports", { method: "POST", body: { actionId: action.id, reason: "SPAM" }, ip: "198.51.100.6" })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });
});
