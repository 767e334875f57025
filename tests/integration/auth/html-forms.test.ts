import { beforeAll, describe, expect, it } from "vitest";
import { POST as magicLink } from "@/app/api/auth/magic-link/route";
import { POST as passwordSignIn } from "@/app/api/auth/password/route";
import { POST as signOut } from "@/app/api/auth/sign-out/route";
import { GET as getMe } from "@/app/api/me/route";
import { call, callForm, redirectOf } from "../helpers/http";
import { TEST_PASSWORD, createPasswordUser, mailsTo, sessionCookieFrom, useTempOutbox } from "../../factories/auth";

beforeAll(() => useTempOutbox());

let n = 0;
const ip = () => `192.0.2.${++n}`;
const signInForm = (fields: Record<string, string>) => callForm(passwordSignIn, "/api/auth/password", { locale: "en", back: "/en/sign-in", ...fields }, { ip: ip() });

describe("signing in without JavaScript (the sign-in page's forms posted as they are)", () => {
  it("a right password sets the session cookie on the 303 to the page that was asked for", async () => {
    const user = await createPasswordUser();
    const res = await signInForm({ email: user.email!, password: TEST_PASSWORD, callbackUrl: "/en/organise" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/en/organise");
    const cookie = sessionCookieFrom(res.headers.get("set-cookie")!)!;
    expect(cookie).toMatch(/^[\w.-]+=[^;\s]{20,}$/);
    expect((await call(getMe, "/api/me", { cookie })).status).toBe(200);
  });

  it("a wrong password comes back to the sign-in page with the reason, and no cookie; other sites are never a destination", async () => {
    const user = await createPasswordUser();
    const wrong = await signInForm({ email: user.email!, password: "not it", callbackUrl: "/en/organise" });
    expect(redirectOf(wrong)).toMatchObject({ path: "/en/sign-in", query: { passwordError: "UNAUTHENTICATED" } });
    expect(wrong.headers.get("set-cookie")).toBeNull();
    expect(wrong.headers.get("location")).not.toContain("not it");
    for (const callbackUrl of ["https://evil.test/steal", "//evil.test", "/\\evil.test", "/en/\\evil"]) {
      const elsewhere = await signInForm({ email: user.email!, password: TEST_PASSWORD, callbackUrl });
      expect(elsewhere.headers.get("location"), callbackUrl).toBe("/en/me");
    }
  });

  it("asking for a link goes on to 'check your email' (the same answer for unknown addresses) and mails the link", async () => {
    const user = await createPasswordUser();
    const res = await callForm(magicLink, "/api/auth/magic-link", { email: user.email!, locale: "fr", callbackUrl: "/fr/me", back: "/fr/sign-in" }, { ip: ip() });
    expect(res.headers.get("location")).toBe("/fr/check-email");
    expect(mailsTo(user.email!).length).toBe(1);
    const unknown = await callForm(magicLink, "/api/auth/magic-link", { email: "nobody-here@example.test", locale: "fr", back: "/fr/sign-in" }, { ip: ip() });
    expect(unknown.headers.get("location")).toBe("/fr/check-email");
    const bad = await callForm(magicLink, "/api/auth/magic-link", { email: "not an address", locale: "fr", back: "/fr/sign-in" }, { ip: ip() });
    expect(redirectOf(bad)).toMatchObject({ path: "/fr/sign-in", query: { magicLinkError: "VALIDATION", fields: "email" } });
  });

  it("signing out is a plain form too: the session ends and the cookie is cleared on the 303 home; another site cannot do it", async () => {
    const user = await createPasswordUser();
    const cookie = sessionCookieFrom((await signInForm({ email: user.email!, password: TEST_PASSWORD })).headers.get("set-cookie")!)!;
    const forged = await callForm(signOut, "/api/auth/sign-out", { locale: "ar" }, { cookie, headers: { origin: "https://evil.test", "sec-fetch-site": "cross-site" } });
    expect(forged.headers.get("set-cookie")).toBeNull();
    expect((await call(getMe, "/api/me", { cookie })).status).toBe(200);
    const res = await callForm(signOut, "/api/auth/sign-out", { locale: "ar" }, { cookie });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/ar");
    expect(res.headers.get("set-cookie")).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/i);
    expect((await call(getMe, "/api/me", { cookie })).status).toBe(401);
  });
});
