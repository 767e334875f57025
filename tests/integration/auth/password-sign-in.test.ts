import bcrypt from "bcryptjs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as passwordSignIn } from "@/app/api/auth/password/route";
import { POST as magicLink } from "@/app/api/auth/magic-link/route";
import { POST as signOut } from "@/app/api/auth/sign-out/route";
import { GET as getMe } from "@/app/api/me/route";
import { BCRYPT_COST } from "@/lib/auth/password";
import { getDb } from "@/lib/db";
import { call } from "../helpers/http";
import { TEST_PASSWORD, createPasswordUser, mailsTo, sessionCookieFrom, useTempOutbox } from "../../factories/auth";
import { createUser, uid } from "../../factories";

beforeAll(() => useTempOutbox());
afterEach(() => {
  delete process.env.RATE_LIMIT_SIGN_IN_IP;
  delete process.env.RATE_LIMIT_SIGN_IN_ACCOUNT;
});

// One fresh address per call: an address that failed earlier in this file must not count twice.
let lastIp = 0;
const ipFor = () => `198.51.${100 + (++lastIp >> 8)}.${lastIp & 255}`;
const signIn = (email: string, password: string, ip = ipFor(), cookie?: string) =>
  call(passwordSignIn, "/api/auth/password", { method: "POST", body: { email, password }, ip, cookie });

describe("POST /api/auth/password", () => {
  it("signs in: sets an HttpOnly SameSite=Lax session cookie that works on the API", async () => {
    const user = await createPasswordUser({ name: "Pat" });
    const res = await signIn(user.email!.toUpperCase(), TEST_PASSWORD);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ok: true });
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    const setCookie = res.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/^mobilise\.session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=lax/i);
    const cookie = sessionCookieFrom(setCookie)!;
    const me = await call(getMe, "/api/me", { cookie });
    expect(me.status).toBe(200);
    expect(me.json).toMatchObject({ id: user.id, email: user.email, name: "Pat", hasPassword: true });
    const db = await getDb();
    const token = cookie.split("=")[1];
    expect(token.length).toBeGreaterThanOrEqual(43); // 32 random bytes, base64url
    expect(await db.session.count({ where: { sessionToken: token, userId: user.id } })).toBe(1);
    // The cost-4 test hash was upgraded to the current cost, so timing cannot single it out.
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(bcrypt.getRounds(passwordHash!)).toBe(BCRYPT_COST);
  });

  it("answers wrong password, unknown email, link-only account and suspended account identically", async () => {
    const user = await createPasswordUser();
    const linkOnly = await createUser();
    const suspended = await createPasswordUser({ suspendedAt: new Date() });
    const wrong = await signIn(user.email!, "not the password");
    const unknown = await signIn(`nobody-${uid()}@example.test`, "not the password");
    const noPassword = await signIn(linkOnly.email!, "not the password");
    const suspendedRight = await signIn(suspended.email!, TEST_PASSWORD);
    for (const res of [wrong, unknown, noPassword, suspendedRight]) {
      expect(res.status).toBe(401);
      expect(res.text).toBe(wrong.text);
      expect(res.headers.get("set-cookie")).toBeNull();
    }
    expect(wrong.json.error?.code).toBe("UNAUTHENTICATED");
  });

  it("locks the account after 10 failures (even the right password), while a magic link still works for it", async () => {
    const user = await createPasswordUser();
    for (let i = 0; i < 10; i++) {
      const res = await signIn(user.email!, `wrong-${i}`, ipFor());
      expect(res.status).toBe(401);
    }
    const locked = await signIn(user.email!, TEST_PASSWORD, ipFor());
    expect(locked.status).toBe(429);
    expect(locked.json.error?.code).toBe("RATE_LIMITED");
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(locked.headers.get("set-cookie")).toBeNull();

    const link = await call(magicLink, "/api/auth/magic-link", { method: "POST", body: { email: user.email, locale: "en" }, ip: ipFor() });
    expect(link.status).toBe(200);
    expect(mailsTo(user.email!)).toHaveLength(1);
  });

  // A lower limit (RATE_LIMIT_SIGN_IN_ACCOUNT) keeps these fast: each unknown-email attempt costs a full bcrypt.
  it("an unknown email locks out the same way (no enumeration through the lockout)", async () => {
    process.env.RATE_LIMIT_SIGN_IN_ACCOUNT = "3/900";
    const email = `ghost-${uid()}@example.test`;
    for (let i = 0; i < 3; i++) expect((await signIn(email, "x", ipFor())).status).toBe(401);
    expect((await signIn(email, "x", ipFor())).status).toBe(429);
  });

  it("successful sign-ins are not counted as failures", async () => {
    process.env.RATE_LIMIT_SIGN_IN_ACCOUNT = "2/900";
    const user = await createPasswordUser();
    for (let i = 0; i < 4; i++) expect((await signIn(user.email!, TEST_PASSWORD)).status).toBe(200);
    expect((await signIn(user.email!, "wrong")).status).toBe(401);
    expect((await signIn(user.email!, "wrong")).status).toBe(401);
    expect((await signIn(user.email!, TEST_PASSWORD)).status).toBe(429);
  });

  it("limits failures per address too, across accounts (RATE_LIMIT_SIGN_IN_IP)", async () => {
    process.env.RATE_LIMIT_SIGN_IN_IP = "3/900";
    const ip = ipFor();
    for (let i = 0; i < 3; i++) expect((await signIn(`a${i}-${uid()}@example.test`, "x", ip)).status).toBe(401);
    const res = await signIn(`b-${uid()}@example.test`, "x", ip);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("refuses cross-site requests (forms too: no login CSRF) and bodies that are neither JSON nor a form", async () => {
    const user = await createPasswordUser();
    const cross = await call(passwordSignIn, "/api/auth/password", {
      method: "POST",
      body: { email: user.email, password: TEST_PASSWORD },
      headers: { origin: "https://evil.example" },
    });
    expect(cross.status).toBe(403);
    const text = await call(passwordSignIn, "/api/auth/password", {
      method: "POST",
      body: `email=${user.email}&password=${TEST_PASSWORD}`,
      headers: { "content-type": "text/plain" },
    });
    expect(text.status).toBe(415);
    // The sign-in page's form works without JavaScript, but another site's form must not sign
    // this browser in (login CSRF): no cookie, whatever the credentials.
    const form = await call(passwordSignIn, "/api/auth/password", {
      method: "POST",
      body: `email=${encodeURIComponent(user.email!)}&password=${encodeURIComponent(TEST_PASSWORD)}&back=/en/sign-in`,
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(form.status).toBe(303);
    expect(form.headers.get("location")).toBe("/en/sign-in?passwordError=FORBIDDEN");
    expect(form.headers.get("set-cookie")).toBeNull();
  });
});

describe("POST /api/auth/sign-out", () => {
  it("deletes the session row: the old cookie no longer works", async () => {
    const user = await createPasswordUser();
    const cookie = sessionCookieFrom((await signIn(user.email!, TEST_PASSWORD)).headers.get("set-cookie"))!;
    expect((await call(getMe, "/api/me", { cookie })).status).toBe(200);
    const out = await call(signOut, "/api/auth/sign-out", { method: "POST", cookie });
    expect(out.status).toBe(200);
    expect(out.headers.get("set-cookie")).toMatch(/mobilise\.session=;.*(Max-Age=0|Expires=Thu, 01 Jan 1970)/i);
    const db = await getDb();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect((await call(getMe, "/api/me", { cookie })).status).toBe(401);
  });

  it("signing in again on the same browser ends the previous session", async () => {
    const a = await createPasswordUser();
    const b = await createPasswordUser();
    const cookieA = sessionCookieFrom((await signIn(a.email!, TEST_PASSWORD)).headers.get("set-cookie"))!;
    const resB = await signIn(b.email!, TEST_PASSWORD, ipFor(), cookieA);
    expect(resB.status).toBe(200);
    expect((await call(getMe, "/api/me", { cookie: cookieA })).status).toBe(401);
  });
});
