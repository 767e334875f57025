import { afterEach, beforeAll, describe, expect, it } from "vitest";
import * as publicReports from "@/app/api/reports/route";
import * as report from "@/app/api/admin/reports/[id]/route";
import { getDb } from "@/lib/db";
import { getPublicAction } from "@/lib/discovery";
import { listOpenReports } from "@/lib/reports/open-reports";
import { createUser } from "../../factories";
import { actionIn, adminPrincipals, openReport, useTempOutbox } from "../../factories/admin";
import { call } from "../helpers/http";

type Handler = Parameters<typeof call>[0];
const h = (handler: unknown) => handler as Handler;
let n = 0;
const freshIp = () => `192.0.2.${++n}`;
const send = (body: unknown, ip = freshIp()) => call(h(publicReports.POST), "/api/reports", { method: "POST", body, ip });

let who: Awaited<ReturnType<typeof adminPrincipals>>;
beforeAll(async () => {
  useTempOutbox();
  who = await adminPrincipals();
});
afterEach(() => {
  delete process.env.RATE_LIMIT_REPORT;
});

describe("POST /api/reports", () => {
  it("accepts a report from anyone and stores nothing about the reporter", async () => {
    const action = await actionIn("PUBLISHED");
    const res = await send({ actionId: action.slug, reason: "FAKE", details: "Nobody in the chapter knows about this" });
    expect(res.status).toBe(201);
    const db = await getDb();
    const rows = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "Report" WHERE "actionId" = ${action.id}`;
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]).sort()).toEqual(["actionId", "createdAt", "details", "id", "reason", "resolution", "resolvedAt", "resolvedById", "status"]);
    expect(JSON.stringify(rows[0])).not.toContain("192.0.2.");
  });

  it("refuses actions that are not public (404) and bad reasons (400)", async () => {
    for (const status of ["DRAFT", "PENDING_REVIEW", "REJECTED"] as const) {
      const action = await actionIn(status);
      expect((await send({ actionId: action.id, reason: "SPAM" })).status).toBe(404);
    }
    const published = await actionIn("PUBLISHED");
    expect((await send({ actionId: published.id, reason: "BORING" })).status).toBe(400);
  });

  it("rejects the honeypot and stores nothing", async () => {
    const action = await actionIn("PUBLISHED");
    const res = await send({ actionId: action.id, reason: "SPAM", website: "http://spam.example" });
    expect(res.status).toBe(400);
    const db = await getDb();
    expect(await db.report.count({ where: { actionId: action.id } })).toBe(0);
  });

  it("is rate limited per client address (429 with Retry-After)", async () => {
    const action = await actionIn("PUBLISHED");
    process.env.RATE_LIMIT_REPORT = "3/600";
    const ip = freshIp();
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await send({ actionId: action.id, reason: "SPAM" }, ip)).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const limited = await send({ actionId: action.id, reason: "SPAM" }, ip);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await send({ actionId: action.id, reason: "SPAM" })).status).toBe(201);
  });
});

describe("resolving reports", () => {
  const resolve = (id: string, body: unknown) => call(h(report.PATCH), `/api/admin/reports/${id}`, { method: "PATCH", cookie: who.admin.cookie, params: { id }, body });

  it("hiding takes the action off the public list and resolves every open report on it", async () => {
    const action = await actionIn("PUBLISHED");
    const [a, b] = [await openReport(action.id), await openReport(action.id, "FAKE")];
    expect(await getPublicAction(action.id, "en")).not.toBeNull();
    expect((await listOpenReports()).find((r) => r.id === a.id)?.action.openReports).toBe(2);
    const res = await resolve(a.id, { resolution: "hide", to: "PENDING_REVIEW", note: "Checking with the chapter" });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ id: a.id, status: "RESOLVED", actionStatus: "PENDING_REVIEW" });
    const db = await getDb();
    const after = await db.action.findUniqueOrThrow({ where: { id: action.id } });
    expect(after.status).toBe("PENDING_REVIEW");
    expect(after.reviewNote).toBe("Checking with the chapter");
    expect((await db.report.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("RESOLVED");
    expect((await listOpenReports()).some((r) => r.action.id === action.id)).toBe(false);
    expect(await getPublicAction(action.id, "en")).toBeNull();
    expect(await db.auditLog.count({ where: { targetId: action.id, verb: "action.hide" } })).toBe(1);
    expect(await db.auditLog.count({ where: { targetId: { in: [a.id, b.id] }, verb: "report.resolve" } })).toBe(2);
    expect((await resolve(b.id, { resolution: "dismiss" })).status).toBe(409);
  });

  it("hiding as rejected needs a reason, stores it and queues the organiser's notice with it", async () => {
    const organiser = await createUser({ locale: "en" });
    const action = await actionIn("PUBLISHED", { createdById: organiser.id });
    const r = await openReport(action.id);
    expect((await resolve(r.id, { resolution: "hide", to: "REJECTED" })).status).toBe(400);
    expect((await resolve(r.id, { resolution: "hide", to: "REJECTED", reason: "A provocation" })).status).toBe(200);
    const db = await getDb();
    expect(await db.action.findUniqueOrThrow({ where: { id: action.id }, select: { status: true, rejectionReason: true } })).toEqual({
      status: "REJECTED",
      rejectionReason: "A provocation",
    });
    const queued = (await db.job.findMany({ where: { name: "mail.notify" }, select: { payload: true } })).map((j) => j.payload as { to: string; text: string });
    expect(queued.filter((m) => m.to === organiser.email).map((m) => m.text.includes("A provocation"))).toEqual([true]);
  });

  it("dismissing leaves the action public and the other reports open", async () => {
    const action = await actionIn("PUBLISHED");
    const [a, b] = [await openReport(action.id), await openReport(action.id)];
    expect((await resolve(a.id, { resolution: "dismiss" })).json).toEqual({ id: a.id, status: "DISMISSED", actionStatus: "PUBLISHED" });
    const db = await getDb();
    expect((await db.report.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("OPEN");
    expect((await db.action.findUniqueOrThrow({ where: { id: action.id } })).status).toBe("PUBLISHED");
    expect((await resolve("nope", { resolution: "dismiss" })).status).toBe(404);
  });
});
