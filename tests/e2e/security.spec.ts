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
  const missing = await page.request.get(`${baseURL}/api/does-not-exist`);
  expect(missing.status()).toBe(404);
  expect(missing.headers()["x-content-type-options"]).toBe("nosniff");
});

test("a fresh nonce per request", async ({ request }) => {
  const a = (await request.get("/en")).headers()["content-security-policy"];
  const b = (await request.get("/en")).headers()["content-security-policy"];
  expect(a).not.toBe(b);
});
