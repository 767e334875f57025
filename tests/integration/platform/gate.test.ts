import { describe, expect, it } from "vitest";
import { z } from "zod";
import { gate } from "@/lib/api/gate";
import { call, sessionCookieFor } from "../helpers/http";
import { createUser } from "../../factories";

const echo = gate({ auth: "required", body: z.object({ title: z.string().min(3) }) }, async ({ body, user }) => ({ title: body.title, userId: user!.id }));
const adminOnly = gate({ auth: "admin" }, async () => ({ ok: true }));
const crash = gate({ auth: "none" }, async () => {
  throw new Error("SELECT secret FROM internals at /work/lib/x.ts:12");
});

describe("route gate", () => {
  it("401 without a session, 200 with one", async () => {
    expect((await call(echo, "/x", { method: "POST", body: { title: "Hello" } })).status).toBe(401);
    const user = await createUser();
    const res = await call(echo, "/x", { method: "POST", body: { title: "Hello" }, cookie: await sessionCookieFor(user.id) });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ title: "Hello", userId: user.id });
    expect(res.headers.get("cache-control")).toBe("private, no-store");
  });

  it("400 VALIDATION with per-field messages", async () => {
    const user = await createUser();
    const res = await call(echo, "/x", { method: "POST", body: { title: "x" }, cookie: await sessionCookieFor(user.id) });
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe("VALIDATION");
    expect(Object.keys(res.json.error?.fields ?? {})).toEqual(["title"]);
  });

  it("refuses cross-site writes, non-JSON bodies, broken JSON and oversized bodies", async () => {
    const cookie = await sessionCookieFor((await createUser()).id);
    const cross = await call(echo, "/x", { method: "POST", body: { title: "Hello" }, cookie, headers: { origin: "https://evil.example" } });
    expect(cross.status).toBe(403);
    const site = await call(echo, "/x", { method: "POST", body: { title: "Hello" }, cookie, headers: { "sec-fetch-site": "cross-site" } });
    expect(site.status).toBe(403);
    const form = await call(echo, "/x", { method: "POST", body: "title=Hello", cookie, headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(form.status).toBe(415);
    const broken = await call(echo, "/x", { method: "POST", body: "{not json", cookie });
    expect(broken.status).toBe(400);
    const huge = await call(echo, "/x", { method: "POST", body: { title: "x".repeat(70_000) }, cookie });
    expect(huge.status).toBe(413);
    const sameOrigin = await call(echo, "/x", { method: "POST", body: { title: "Hello" }, cookie, headers: { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" } });
    expect(sameOrigin.status).toBe(200);
    // A page of ours with Referrer-Policy: no-referrer posts with Origin: null; the browser's own Sec-Fetch-Site vouches for it.
    const noReferrer = await call(echo, "/x", { method: "POST", body: { title: "Hello" }, cookie, headers: { origin: "null", "sec-fetch-site": "same-origin" } });
    expect(noReferrer.status).toBe(200);
    const opaque = await call(echo, "/x", { method: "POST", body: { title: "Hello" }, cookie, headers: { origin: "null" } });
    expect(opaque.status).toBe(403);
    const sameSite = await call(echo, "/x", { method: "POST", body: { title: "Hello" }, cookie, headers: { origin: "http://localhost:3000", "sec-fetch-site": "same-site" } });
    expect(sameSite.status).toBe(403);
  });

  it("admin routes: 401 anonymous, 403 signed-in non-admin, 403 suspended admin, 200 admin", async () => {
    expect((await call(adminOnly, "/x")).status).toBe(401);
    expect((await call(adminOnly, "/x", { cookie: await sessionCookieFor((await createUser()).id) })).status).toBe(403);
    const suspended = await createUser({ role: "ADMIN", suspendedAt: new Date() });
    expect((await call(adminOnly, "/x", { cookie: await sessionCookieFor(suspended.id) })).status).toBe(401);
    const admin = await createUser({ role: "ADMIN" });
    expect((await call(adminOnly, "/x", { cookie: await sessionCookieFor(admin.id) })).status).toBe(200);
  });

  it("never shows internals of an unexpected error", async () => {
    const res = await call(crash, "/x");
    expect(res.status).toBe(500);
    expect(res.json.error?.code).toBe("INTERNAL");
    expect(res.text).not.toMatch(/SELECT|internals|\/work\//);
  });
});
