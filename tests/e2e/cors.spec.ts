import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, expectConsoleError, test } from "./helpers/test";

/**
 * A chapter's own website (another origin: a tiny static server on a second port) reads the
 * public API from the visitor's browser, as the README promises; writes and personal reads stay
 * out of its reach.
 */
let site: http.Server;
let siteOrigin: string;

test.beforeAll(async () => {
  site = http.createServer((_req, res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end('<!doctype html><html lang="en"><title>Our chapter</title><h1>Our actions</h1><ul id="list"></ul></html>');
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => site.close(resolve));
});

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("another website reads actions with a simple and a preflighted GET, and cannot write or read anything personal", async ({ page, baseURL, request }) => {
  const consoleErrors: string[] = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  page.on("pageerror", (e) => consoleErrors.push(`pageerror: ${e.message}`));
  await page.goto(`${siteOrigin}/`);
  await expect(page.getByRole("heading", { name: "Our actions" })).toBeVisible();

  // A simple GET (no preflight): the list, rendered by the other site from the JSON it read.
  const list = await page.evaluate(async (api) => {
    const res = await fetch(`${api}/api/actions?limit=3`);
    const body = (await res.json()) as { items: { id: string; title: string }[] };
    for (const item of body.items) document.getElementById("list")!.append(Object.assign(document.createElement("li"), { textContent: item.title }));
    return { status: res.status, items: body.items };
  }, baseURL!);
  expect(list.status).toBe(200);
  expect(list.items).toHaveLength(3);
  await expect(page.getByRole("listitem")).toHaveText(list.items.map((i) => i.title));

  // If-None-Match is not a CORS-safelisted header: Chromium sends a preflight first, and reads
  // the answer only because the preflight allowed it.
  const detail = await page.evaluate(
    async ({ api, id }) => {
      const res = await fetch(`${api}/api/actions/${id}`, { headers: { "If-None-Match": '"not-the-current-version"' } });
      return { status: res.status, id: ((await res.json()) as { id: string }).id };
    },
    { api: baseURL!, id: list.items[0].id },
  );
  expect(detail).toEqual({ status: 200, id: list.items[0].id });

  // The same preflight, seen from outside.
  const preflight = await request.fetch(`${baseURL}/api/actions/${list.items[0].id}`, {
    method: "OPTIONS",
    headers: { Origin: siteOrigin, "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match" },
  });
  expect(preflight.status()).toBe(204);
  const h = preflight.headers();
  expect(h["access-control-allow-origin"]).toBe("*");
  expect(h["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
  expect(h["access-control-allow-headers"]).toContain("If-None-Match");
  expect(h["access-control-expose-headers"]).toBe("ETag, Last-Modified");
  expect(h["access-control-allow-credentials"]).toBeUndefined();

  // Before and after the attempts below, the rally's count is what the app says it is.
  const going = async () => ((await (await request.get(`${baseURL}/api/actions/${list.items[0].id}`)).json()) as { attendance?: { going: number } }).attendance?.going;
  const before = await going();

  // A write: JSON needs a preflight, which is refused, so the POST is never sent. A text/plain
  // POST goes out without one, but its answer is unreadable (and the gate refuses it anyway).
  // A personal read (/api/me) is unreadable too, cookies or not.
  expectConsoleError(/^console error: Access to fetch at '[^']+\/api\/(actions\/[^/']+\/rsvps|me)' from origin '[^']+' has been blocked by CORS policy/, "the three requests this test sends are meant to be blocked");
  expectConsoleError(/^console error: Failed to load resource: net::ERR_FAILED \(http:\/\/127\.0\.0\.1:\d+\/api\/(actions\/[^/]+\/rsvps|me):0\)$/, "Chromium reports each blocked request as a failed load");
  const blocked = await page.evaluate(
    async ({ api, id }) => {
      const attempt = (url: string, init?: RequestInit) =>
        fetch(url, init).then(
          (r) => `read ${r.status}`,
          (e: Error) => `blocked: ${e.name}`,
        );
      return {
        json: await attempt(`${api}/api/actions/${id}/rsvps`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }),
        plain: await attempt(`${api}/api/actions/${id}/rsvps`, { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{}" }),
        me: await attempt(`${api}/api/me`, { credentials: "include" }),
      };
    },
    { api: baseURL!, id: list.items[0].id },
  );
  expect(blocked).toEqual({ json: "blocked: TypeError", plain: "blocked: TypeError", me: "blocked: TypeError" });
  expect(await going()).toBe(before);

  // The only console errors are Chromium reporting exactly those three blocked requests.
  expect(consoleErrors.filter((e) => !/blocked by CORS policy|net::ERR_FAILED/.test(e))).toEqual([]);
  expect(consoleErrors.filter((e) => /blocked by CORS policy/.test(e)).length).toBeGreaterThanOrEqual(3);
});
