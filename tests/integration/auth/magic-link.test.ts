import NextAuth from "next-auth";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as magicLink } from "@/app/api/auth/magic-link/route";
import { GET as nextAuthGet, POST as nextAuthPost } from "@/app/api/auth/[...nextauth]/route";
import { userFromRequest } from "@/lib/auth/current-user";
import { hashVerificationToken } from "@/lib/auth/magic-link";
import { authOptions } from "@/lib/auth/next-auth-options";
import { getDb } from "@/lib/db";
import { call } from "../helpers/http";
import { createPasswordUser, linkIn, mailsTo, useTempOutbox } from "../../factories/auth";
import { createUser, uid } from "../../factories";

beforeAll(() => useTempOutbox());
afterEach(() => {
  delete process.env.RATE_LIMIT_MAGIC_LINK_EMAIL;
});

const ipFor = () => `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
const request = (email: string, locale = "en", extra: Record<string, unknown> = {}) =>
  call(magicLink, "/api/auth/magic-link", { method: "POST", body: { email, locale, ...extra }, ip: ipFor() });

/**
 * Follows a sign-in link through next-auth itself (its email callback, our adapter and options).
 * Its App Router handler needs a live Next request scope, so this drives its Node (pages-API)
 * handler, which runs the same core with the same options.
 */
async function follow(link: string) {
  const url = new URL(link);
  const headers: Record<string, string | string[]> = {};
  let status = 200;
  const req = {
    method: "GET",
    query: { nextauth: url.pathname.split("/").slice(3), ...Object.fromEntries(url.searchParams) },
    headers: { host: url.host },
    cookies: {},
    body: undefined,
  };
  const res = {
    getHeader: (k: string) => headers[k.toLowerCase()],
    setHeader: (k: string, v: string | string[]) => void (headers[k.toLowerCase()] = v),
    status: (code: number) => ((status = code), res),
    end: () => res,
    send: () => res,
    json: () => res,
  };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<void>)(req, res, authOptions());
  const setCookies = ([] as string[]).concat(headers["set-cookie"] ?? []);
  const name = authOptions().cookies!.sessionToken!.name;
  const session = setCookies.map((c) => c.split(";")[0]).find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1);
  return { status, redirect: String(headers.location ?? ""), cookie: session ?? null };
}

describe("POST /api/auth/magic-link", () => {
  it("answers known and unknown addresses identically, and mails both", async () => {
    const known = await createUser();
    const unknown = `new-${uid()}@example.test`;
    const a = await request(known.email!);
    const b = await request(unknown);
    expect(a.status).toBe(200);
    expect(b.status).toBe(a.status);
    expect(b.text).toBe(a.text);
    expect(a.headers.get("cache-control")).toBe("private, no-store");
    expect(mailsTo(known.email!)).toHaveLength(1);
    expect(mailsTo(unknown)).toHaveLength(1);
  });

  it("the link signs in through next-auth: a database session under our cookie name that getCurrentUser sees", async () => {
    const user = await createPasswordUser();
    await request(user.email!, "en", { callbackUrl: "/en/me/rsvps" });
    const [mail] = mailsTo(user.email!);
    expect(mail.subject).toBe("Your sign-in link for mobilise");
    const link = linkIn(mail.text);
    const { redirect, cookie } = await follow(link);
    expect(redirect).toBe("http://localhost:3000/en/me/rsvps");
    expect(cookie).toMatch(/^mobilise\.session=/);
    const me = await userFromRequest(new Request("http://localhost:3000/", { headers: { cookie: cookie! } }));
    expect(me?.id).toBe(user.id);
    // One use only.
    const again = await follow(link);
    expect(again.cookie).toBeNull();
    expect(again.redirect).toMatch(/\/api\/auth\/error\?error=Verification$/);
    // …which sends the person on to our translated error page.
    expect((await follow(again.redirect)).redirect).toMatch(/^\/auth-error\?error=Verification$/);
  });

  it("creates the account on first use, in the language of the sign-in form, with a translated mail", async () => {
    const email = `nouvelle-${uid()}@example.test`;
    await request(email.toUpperCase(), "fr");
    const [mail] = mailsTo(email);
    expect(mail.subject).toBe("Votre lien de connexion à mobilise");
    expect(mail.html).toContain('lang="fr"');
    // The route handler puts the form's language in context for the adapter; do what it does.
    const { withRequestLocale } = await import("@/lib/auth/request-locale");
    const { cookie } = await withRequestLocale("fr", () => follow(linkIn(mail.text)));
    expect(cookie).not.toBeNull();
    const db = await getDb();
    const created = await db.user.findUniqueOrThrow({ where: { email } });
    expect(created.locale).toBe("fr");
    expect(created.emailVerified).not.toBeNull();
  });

  it("Arabic mail is right-to-left and translated", async () => {
    const email = `ar-${uid()}@example.test`;
    await request(email, "ar");
    const [mail] = mailsTo(email);
    expect(mail.subject).toBe("رابط تسجيل دخولك إلى mobilise");
    expect(mail.html).toContain('dir="rtl"');
  });

  it("suspended users get the same answer but no mail, and an existing link is refused", async () => {
    const user = await createUser({ suspendedAt: new Date() });
    const res = await request(user.email!);
    const other = await request(`someone-${uid()}@example.test`);
    expect(res.status).toBe(200);
    expect(res.text).toBe(other.text);
    expect(mailsTo(user.email!)).toHaveLength(0);
    // A link issued before the suspension does not sign in either.
    const db = await getDb();
    const token = `t${uid()}${uid()}`;
    await db.verificationToken.create({ data: { identifier: user.email!, token: hashVerificationToken(token), expires: new Date(Date.now() + 600_000) } });
    const params = new URLSearchParams({ callbackUrl: "http://localhost:3000/en/me", token, email: user.email! });
    const { cookie, redirect } = await follow(`http://localhost:3000/api/auth/callback/email?${params}`);
    expect(cookie).toBeNull();
    expect(redirect).toMatch(/error=AccessDenied/);
  });

  it("refuses callback URLs off the site", async () => {
    const res = await request(`x-${uid()}@example.test`, "en", { callbackUrl: "https://evil.example/steal" });
    expect(res.status).toBe(400);
    const res2 = await request(`x-${uid()}@example.test`, "en", { callbackUrl: "//evil.example/steal" });
    expect(res2.status).toBe(400);
  });

  it("rate limits per address with 429 and Retry-After, the same for unknown addresses", async () => {
    process.env.RATE_LIMIT_MAGIC_LINK_EMAIL = "2/900";
    const email = `limit-${uid()}@example.test`;
    expect((await request(email)).status).toBe(200);
    expect((await request(email)).status).toBe(200);
    const limited = await request(email);
    expect(limited.status).toBe(429);
    expect(limited.json.error?.code).toBe("RATE_LIMITED");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(mailsTo(email)).toHaveLength(2);
  });

  it("next-auth's own email sign-in endpoint is closed (it would bypass the rate limits)", async () => {
    const res = await nextAuthPost();
    expect(res.status).toBe(404);
  });
});

describe("/api/auth/[...nextauth] exposes only the email callback", () => {
  it("answers 404 to every other endpoint, before reading any body", async () => {
    for (const path of [["signout"], ["csrf"], ["session"], ["providers"], ["callback", "credentials"], ["_log"]]) {
      const res = await nextAuthGet(new Request(`http://localhost:3000/api/auth/${path.join("/")}`), { params: Promise.resolve({ nextauth: path }) });
      expect(res.status, path.join("/")).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    }
    const post = await nextAuthPost();
    expect(post.status).toBe(404);
  });
});
