import { expect, test } from "./helpers/test";

test("pages carry a nonce-based CSP and the security headers, and run without violations", async ({ page, baseURL }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto("/en");
  const h = res!.headers();
  const csp = h["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(csp).toContain(d);
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("geolocation=(self)");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["cross-origin-opener-policy"]).toBe("same-origin");
  expect(h["x-powered-by"]).toBeUndefined();
  // Every script in the server's HTML carries this request's nonce (scripts those load later are
  // trusted through 'strict-dynamic' and need none).
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const html = await res!.text();
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
  await page.reload();
  expect(violations).toEqual([]);
  const api = await page.request.get(`${baseURL}/api/health`);
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  // API responses no longer pass through proxy.ts: every header above still arrives, with the API's own CSP.
  for (const k of ["referrer-policy", "permissions-policy", "cross-origin-opener-policy", "x-frame-options"]) expect(api.headers()[k]).toBe(h[k]);
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  expect(api.headers()["strict-transport-security"]).toBeUndefined();
  const missing = await page.request.get(`${baseURL}/api/does-not-exist`, { headers: { "Accept-Language": "fr-FR,fr;q=0.9" } });
  expect(missing.status()).toBe(404);
  expect(missing.headers()["x-content-type-options"]).toBe("nosniff");
  expect(missing.headers()["content-type"]).toMatch(/^application\/json/);
  expect(await missing.json()).toEqual({ error: { code: "NOT_FOUND", message: "Il n’y a rien à cette adresse de l’API. Voir /api/openapi.json pour ce qui existe." } });
});

test("a method a route lacks answers 405 with Allow and the documented error", async ({ request }) => {
  const res = await request.fetch("/api/health", { method: "DELETE", headers: { "Accept-Language": "en" } });
  expect(res.status()).toBe(405);
  expect(res.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(await res.json()).toEqual({ error: { code: "METHOD_NOT_ALLOWED", message: "This address does not accept DELETE. It accepts: GET, HEAD, OPTIONS." } });
  const write = await request.fetch("/api/rsvps/some-id", { method: "PUT", headers: { "Accept-Language": "ar" } });
  expect(write.status()).toBe(405);
  expect(write.headers()["allow"]).toBe((await request.fetch("/api/rsvps/some-id", { method: "OPTIONS" })).headers()["allow"]);
  expect(((await write.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "METHOD_NOT_ALLOWED", message: expect.stringContaining("PUT") });
});

test("HSTS on the API when the request came over HTTPS, as on pages", async ({ request }) => {
  const headers = { "X-Forwarded-Proto": "https" };
  expect((await request.get("/api/health", { headers })).headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  expect((await request.get("/en", { headers })).headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
});

test("a fresh nonce per request", async ({ request }) => {
  const a = (await request.get("/en")).headers()["content-security-policy"];
  const b = (await request.get("/en")).headers()["content-security-policy"];
  expect(a).not.toBe(b);
});
