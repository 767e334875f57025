import { beforeAll, describe, expect, it } from "vitest";
import * as users from "@/app/api/admin/users/route";
import * as user from "@/app/api/admin/users/[id]/route";
import { userFromRequest } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db";
import { HOLD_NOTE } from "@/lib/admin/hold-pending-actions";
import { actionIn, adminPrincipals, useTempOutbox } from "../../factories/admin";
import { createUser } from "../../factories";
import { call, sessionCookieFor } from "../helpers/http";

type Handler = Parameters<typeof call>[0];
const h = (handler: unknown) => handler as Handler;
const asRequest = (cookie: string) => new Request("http://localhost:3000/api/admin/users", { headers: { cookie } });

let who: Awaited<ReturnType<typeof adminPrincipals>>;
beforeAll(async () => {
  useTempOutbox();
  who = await adminPrincipals();
});

describe("suspending a user", () => {
  it("ends their sessions at once and holds their pending actions", async () => {
    const target = await createUser({ role: "ADMIN" });
    const cookieA = await sessionCookieFor(target.id);
    const cookieB = await sessionCookieFor(target.id);
    const pending = await actionIn("PENDING_REVIEW", { createdById: target.id });
    const published = await actionIn("PUBLISHED", { createdById: target.id });
    expect(await userFromRequest(asRequest(cookieA))).not.toBeNull();
    expect((await call(h(users.GET), "/api/admin/users", { cookie: cookieA })).status).toBe(200);

    const res = await call(h(user.PATCH), `/api/admin/users/${target.id}`, { method: "PATCH", cookie: who.admin.cookie, params: { id: target.id }, body: { suspended: true } });
    expect(res.status).toBe(200);
    // Suspended just now, by this request.
    expect(Math.abs(Date.now() - Date.parse(String(res.json.suspendedAt)))).toBeLessThan(60_000);

    expect(await userFromRequest(asRequest(cookieA))).toBeNull();
    expect(await userFromRequest(asRequest(cookieB))).toBeNull();
    expect((await call(h(users.GET), "/api/admin/users", { cookie: cookieA })).status).toBe(401);
    const db = await getDb();
    expect(await db.session.count({ where: { userId: target.id } })).toBe(0);

    const held = await db.action.findUniqueOrThrow({ where: { id: pending.id } });
    expect(held.status).toBe("DRAFT");
    expect(held.reviewNote).toBe(HOLD_NOTE);
    expect(await db.auditLog.count({ where: { targetId: pending.id, verb: "action.hold" } })).toBe(1);
    // Published actions are not this decision's business: hiding one goes through a report.
    expect((await db.action.findUniqueOrThrow({ where: { id: published.id } })).status).toBe("PUBLISHED");
  });

  it("a session created while suspended (e.g. a sign-in racing the suspension) does not work either", async () => {
    const target = await createUser({ suspendedAt: new Date() });
    expect(await userFromRequest(asRequest(await sessionCookieFor(target.id)))).toBeNull();
  });

  it("lifting the suspension lets them sign in again (new sessions work)", async () => {
    const target = await createUser({ suspendedAt: new Date() });
    const res = await call(h(user.PATCH), `/api/admin/users/${target.id}`, { method: "PATCH", cookie: who.admin.cookie, params: { id: target.id }, body: { suspended: false } });
    expect(res.status).toBe(200);
    expect(res.json.suspendedAt).toBeNull();
    expect((await userFromRequest(asRequest(await sessionCookieFor(target.id))))?.id).toBe(target.id);
  });

  it("an admin cannot suspend or demote themselves", async () => {
    for (const body of [{ suspended: true }, { role: "USER" }]) {
      const res = await call(h(user.PATCH), "/x", { method: "PATCH", cookie: who.admin.cookie, params: { id: who.admin.id }, body });
      expect(res.status).toBe(409);
    }
    expect(await userFromRequest(asRequest(who.admin.cookie))).not.toBeNull();
  });
});

describe("user administration", () => {
  it("searches by email or name, case-insensitively, with a cursor", async () => {
    const tag = `zz${Date.now().toString(36)}`;
    for (let i = 0; i < 3; i++) await createUser({ name: `Person ${tag.toUpperCase()} ${i}` });
    await createUser({ email: `${tag}@example.test` });
    const first = await call(h(users.GET), `/api/admin/users?q=${tag}&limit=2`, { cookie: who.admin.cookie });
    expect(first.status).toBe(200);
    const page1 = first.json as unknown as { items: { id: string }[]; nextCursor: string };
    expect(page1.items).toHaveLength(2);
    const second = await call(h(users.GET), `/api/admin/users?q=${tag}&limit=2&cursor=${page1.nextCursor}`, { cookie: who.admin.cookie });
    const page2 = second.json as unknown as { items: { id: string }[]; nextCursor: string | null };
    expect(page2.items).toHaveLength(2);
    expect(page2.nextCursor).toBeNull();
    expect(new Set([...page1.items, ...page2.items].map((u) => u.id)).size).toBe(4);
  });

  it("makes and unmakes a chapter organiser", async () => {
    const target = await createUser();
    const set = (role: string) =>
      call(h(user.PATCH), "/x", { method: "PATCH", cookie: who.admin.cookie, params: { id: target.id }, body: { chapter: { chapterId: who.chapter.id, role } } });
    const made = await set("ORGANISER");
    expect(made.status).toBe(200);
    expect(made.json.memberships).toEqual([{ chapterId: who.chapter.id, chapterName: who.chapter.name, role: "ORGANISER" }]);
    expect((await set("MEMBER")).json.memberships).toEqual([{ chapterId: who.chapter.id, chapterName: who.chapter.name, role: "MEMBER" }]);
    expect((await set("NONE")).json.memberships).toEqual([]);
    const db = await getDb();
    expect(await db.auditLog.count({ where: { targetId: target.id, verb: "chapter.membership" } })).toBe(3);
    const unknown = await call(h(user.PATCH), "/x", { method: "PATCH", cookie: who.admin.cookie, params: { id: target.id }, body: { chapter: { chapterId: "nope", role: "ORGANISER" } } });
    expect(unknown.status).toBe(404);
  });

  it("refuses an empty change with 400", async () => {
    const res = await call(h(user.PATCH), "/x", { method: "PATCH", cookie: who.admin.cookie, params: { id: who.member.id }, body: {} });
    expect(res.status).toBe(400);
  });
});
