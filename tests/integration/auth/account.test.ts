import { beforeAll, describe, expect, it } from "vitest";
import { POST as passwordSignIn } from "@/app/api/auth/password/route";
import { GET as getMe, PATCH as patchMe } from "@/app/api/me/route";
import { PUT as putPassword } from "@/app/api/me/password/route";
import { DELETE as endOthers, GET as listSessions } from "@/app/api/me/sessions/route";
import { DELETE as endOne } from "@/app/api/me/sessions/[id]/route";
import { getDb } from "@/lib/db";
import { call, sessionCookieFor } from "../helpers/http";
import { TEST_PASSWORD, createPasswordUser, useTempOutbox } from "../../factories/auth";
import { createUser } from "../../factories";

beforeAll(() => useTempOutbox());

describe("GET/PATCH /api/me", () => {
  it("401 signed out; the own account signed in; never cached", async () => {
    const anon = await call(getMe, "/api/me");
    expect(anon.status).toBe(401);
    expect(anon.headers.get("cache-control")).toBe("no-store");
    const user = await createUser({ name: "Ana", locale: "es" });
    const res = await call(getMe, "/api/me", { cookie: await sessionCookieFor(user.id) });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.json).toMatchObject({ id: user.id, email: user.email, name: "Ana", locale: "es", role: "USER", hasPassword: false, memberships: [] });
    expect(JSON.stringify(res.json)).not.toMatch(/passwordHash/);
  });

  it("changes name and language; validates them", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    const res = await call(patchMe, "/api/me", { method: "PATCH", cookie, body: { name: "  Nour  ", locale: "ar" } });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ name: "Nour", locale: "ar" });
    expect((await call(patchMe, "/api/me", { method: "PATCH", cookie, body: { locale: "xx" } })).status).toBe(400);
    expect((await call(patchMe, "/api/me", { method: "PATCH", cookie, body: { name: "x".repeat(101) } })).status).toBe(400);
    const cleared = await call(patchMe, "/api/me", { method: "PATCH", cookie, body: { name: null } });
    expect(cleared.json).toMatchObject({ name: null, locale: "ar" });
  });

  it("a suspended user's session stops working at once", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    expect((await call(getMe, "/api/me", { cookie })).status).toBe(200);
    const db = await getDb();
    await db.user.update({ where: { id: user.id }, data: { suspendedAt: new Date() } });
    expect((await call(getMe, "/api/me", { cookie })).status).toBe(401);
    expect((await call(listSessions, "/api/me/sessions", { cookie })).status).toBe(401);
  });
});

describe("/api/me/sessions", () => {
  it("lists my sessions (this one marked), ends one, ends all others, never someone else's", async () => {
    const user = await createUser();
    const other = await createUser();
    const current = await sessionCookieFor(user.id);
    const second = await sessionCookieFor(user.id);
    const third = await sessionCookieFor(user.id);
    const theirs = await sessionCookieFor(other.id);

    const list = await call(listSessions, "/api/me/sessions", { cookie: current });
    expect(list.status).toBe(200);
    expect(list.headers.get("cache-control")).toBe("private, no-store");
    const sessions = (list.json as unknown as { sessions: { id: string; current: boolean; createdAt: string }[] }).sessions;
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(Object.keys(sessions[0]).sort()).toEqual(["createdAt", "current", "expires", "id"]);

    const db = await getDb();
    const theirSession = await db.session.findFirstOrThrow({ where: { userId: other.id } });
    expect((await call(endOne, "/x", { method: "DELETE", cookie: current, params: { id: theirSession.id } })).status).toBe(404);
    expect((await call(getMe, "/api/me", { cookie: theirs })).status).toBe(200);

    const secondId = (await db.session.findUniqueOrThrow({ where: { sessionToken: second.split("=")[1] } })).id;
    const ended = await call(endOne, "/x", { method: "DELETE", cookie: current, params: { id: secondId } });
    expect(ended.status).toBe(200);
    expect((await call(getMe, "/api/me", { cookie: second })).status).toBe(401);

    const others = await call(endOthers, "/api/me/sessions", { method: "DELETE", cookie: current });
    expect(others.json).toEqual({ ended: 1 });
    expect((await call(getMe, "/api/me", { cookie: third })).status).toBe(401);
    expect((await call(getMe, "/api/me", { cookie: current })).status).toBe(200);
    expect((await call(getMe, "/api/me", { cookie: theirs })).status).toBe(200);
  });
});

describe("PUT /api/me/password", () => {
  const signIn = (email: string, password: string) =>
    call(passwordSignIn, "/api/auth/password", { method: "POST", body: { email, password }, ip: `203.0.113.${Math.floor(Math.random() * 200) + 20}` });

  it("needs the current password; changing it ends my other sessions; the new one signs in", async () => {
    const user = await createPasswordUser();
    const cookie = await sessionCookieFor(user.id);
    const elsewhere = await sessionCookieFor(user.id);
    const wrong = await call(putPassword, "/x", { method: "PUT", cookie, body: { currentPassword: "nope", newPassword: "a new long password" } });
    expect(wrong.status).toBe(400);
    expect(Object.keys(wrong.json.error?.fields ?? {})).toEqual(["currentPassword"]);
    const short = await call(putPassword, "/x", { method: "PUT", cookie, body: { currentPassword: TEST_PASSWORD, newPassword: "short" } });
    expect(short.status).toBe(400);
    expect(Object.keys(short.json.error?.fields ?? {})).toEqual(["newPassword"]);

    const ok = await call(putPassword, "/x", { method: "PUT", cookie, body: { currentPassword: TEST_PASSWORD, newPassword: "a new long password" } });
    expect(ok.status).toBe(200);
    expect(ok.json).toEqual({ ok: true, endedSessions: 1 });
    expect((await call(getMe, "/api/me", { cookie })).status).toBe(200);
    expect((await call(getMe, "/api/me", { cookie: elsewhere })).status).toBe(401);
    expect((await signIn(user.email!, TEST_PASSWORD)).status).toBe(401);
    expect((await signIn(user.email!, "a new long password")).status).toBe(200);
  });

  it("an account that only used email links can set a first password", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    const res = await call(putPassword, "/x", { method: "PUT", cookie, body: { newPassword: "my first password" } });
    expect(res.status).toBe(200);
    expect((await call(getMe, "/api/me", { cookie })).json).toMatchObject({ hasPassword: true });
    expect((await signIn(user.email!, "my first password")).status).toBe(200);
  });
});
