import { beforeAll, describe, expect, it } from "vitest";
import * as approve from "@/app/api/admin/actions/[id]/approve/route";
import * as reject from "@/app/api/admin/actions/[id]/reject/route";
import * as requestChanges from "@/app/api/admin/actions/[id]/request-changes/route";
import * as audit from "@/app/api/admin/audit/route";
import * as chapters from "@/app/api/admin/chapters/route";
import * as chapter from "@/app/api/admin/chapters/[id]/route";
import * as report from "@/app/api/admin/reports/[id]/route";
import * as statements from "@/app/api/admin/statements/route";
import * as statement from "@/app/api/admin/statements/[id]/route";
import * as users from "@/app/api/admin/users/route";
import * as user from "@/app/api/admin/users/[id]/route";
import { getDb } from "@/lib/db";
import { actionIn, adminPrincipals, openReport } from "../../factories/admin";
import { createStatement, createUser, uid } from "../../factories";
import { call } from "../helpers/http";

type Handler = Parameters<typeof call>[0];
// Route handlers are typed with their own params; `call` hands every one a plain record.
const h = (handler: unknown) => handler as Handler;
type Case = { name: string; handler: Handler; method: string; url: string; params?: () => Promise<Record<string, string>>; body?: () => unknown; ok: number };

let who: Awaited<ReturnType<typeof adminPrincipals>>;
beforeAll(async () => {
  who = await adminPrincipals();
});

const pendingId = async () => ({ id: (await actionIn("PENDING_REVIEW")).id });
const cases: Case[] = [
  { name: "approve", handler: h(approve.POST), method: "POST", url: "/api/admin/actions/x/approve", params: pendingId, ok: 200 },
  { name: "reject", handler: h(reject.POST), method: "POST", url: "/api/admin/actions/x/reject", params: pendingId, body: () => ({ reason: "Duplicate event" }), ok: 200 },
  { name: "request-changes", handler: h(requestChanges.POST), method: "POST", url: "/api/admin/actions/x/request-changes", params: pendingId, body: () => ({ note: "Add a meeting point" }), ok: 200 },
  { name: "resolve report", handler: h(report.PATCH), method: "PATCH", url: "/api/admin/reports/x", params: async () => ({ id: (await openReport((await actionIn("PUBLISHED")).id)).id }), body: () => ({ resolution: "dismiss" }), ok: 200 },
  { name: "search users", handler: h(users.GET), method: "GET", url: "/api/admin/users?q=example", ok: 200 },
  { name: "update user", handler: h(user.PATCH), method: "PATCH", url: "/api/admin/users/x", params: async () => ({ id: (await createUser()).id }), body: () => ({ role: "ADMIN" }), ok: 200 },
  { name: "list chapters", handler: h(chapters.GET), method: "GET", url: "/api/admin/chapters", ok: 200 },
  { name: "create chapter", handler: h(chapters.POST), method: "POST", url: "/api/admin/chapters", body: () => ({ slug: `c-${uid()}`, name: "Lyon", countryCode: "FR", city: "Lyon", lat: 45.7, lng: 4.8 }), ok: 201 },
  { name: "update chapter", handler: h(chapter.PATCH), method: "PATCH", url: "/api/admin/chapters/x", params: async () => ({ id: who.chapter.id }), body: () => ({ trust: "VERIFIED" }), ok: 200 },
  { name: "list statements", handler: h(statements.GET), method: "GET", url: "/api/admin/statements", ok: 200 },
  { name: "create statement", handler: h(statements.POST), method: "POST", url: "/api/admin/statements", body: () => ({ slug: `s-${uid()}`, translations: [{ locale: "en", title: "T", body: "B" }] }), ok: 201 },
  { name: "update statement", handler: h(statement.PATCH), method: "PATCH", url: "/api/admin/statements/x", params: async () => ({ id: (await createStatement()).id }), body: () => ({ reference: "Ref 1" }), ok: 200 },
  { name: "audit log", handler: h(audit.GET), method: "GET", url: "/api/admin/audit", ok: 200 },
];

describe("only admins reach /api/admin", () => {
  for (const c of cases) {
    it(`${c.name}: 401 anonymous and suspended, 403 member and organiser, ${c.ok} admin`, async () => {
      const send = async (cookie?: string) =>
        (await call(c.handler, c.url, { method: c.method, cookie, params: c.params ? await c.params() : undefined, body: c.body?.() })).status;
      expect(await send()).toBe(401);
      // A suspended person's session is void at once, so they are anonymous to the API.
      expect(await send(who.suspended.cookie)).toBe(401);
      expect(await send(who.member.cookie)).toBe(403);
      expect(await send(who.organiser.cookie)).toBe(403);
      expect(await send(who.admin.cookie)).toBe(c.ok);
    });
  }

  it("a refused call changes nothing", async () => {
    const action = await actionIn("PENDING_REVIEW");
    const res = await call(h(approve.POST), "/api/admin/actions/x/approve", { method: "POST", cookie: who.organiser.cookie, params: { id: action.id } });
    expect(res.status).toBe(403);
    const db = await getDb();
    expect((await db.action.findUniqueOrThrow({ where: { id: action.id } })).status).toBe("PENDING_REVIEW");
    expect(await db.auditLog.count({ where: { targetId: action.id } })).toBe(0);
  });
});
