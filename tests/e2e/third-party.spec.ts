import { expect, test } from "./helpers/test";
import type { APIRequestContext, Page } from "@playwright/test";

/**
 * A visit must not tell anyone else that it happened: no fonts, scripts, analytics, images or
 * tiles from other origins. The server runs with tiles on, as by default (tests/e2e/serve.ts
 * points TILE_URL at a fake provider on another loopback port): the map's tiles come through the
 * app's own proxy, so the answer is still zero requests to any other origin.
 */
type Item = { slug: string };

async function firstSlug(request: APIRequestContext, url: string): Promise<string> {
  const { items } = (await (await request.get(url)).json()) as { items: Item[] };
  if (!items?.length) throw new Error(`nothing at ${url}`);
  return items[0].slug;
}

async function visit(page: Page, path: string, origin: string) {
  const elsewhere: string[] = [];
  const tiles: number[] = [];
  let ours = 0;
  page.on("request", (req) => {
    const url = req.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin === origin) ours++;
    else elsewhere.push(`${req.resourceType()} ${url}`);
  });
  page.on("response", (res) => {
    if (new URL(res.url()).pathname.startsWith("/api/tiles/")) tiles.push(res.status());
  });
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  // Interact a little: hovering and scrolling is what wakes lazy widgets (map, images).
  await page.mouse.move(400, 300);
  await page.mouse.wheel(0, 800);
  // Maps load when they come into view: bring the page's map there and let it draw its tiles.
  const map = page.locator(".map-placeholder, .leaflet-container").first();
  if (await map.count()) {
    await map.scrollIntoViewIfNeeded();
    await expect(page.locator(".leaflet-tile-loaded").first()).toBeVisible();
  }
  await page.waitForLoadState("networkidle");
  return { elsewhere, ours, tiles };
}

const PAGES: { name: string; path: (r: APIRequestContext) => Promise<string> }[] = [
  { name: "home", path: async () => "/en" },
  { name: "an action page", path: async (r) => `/en/actions/${await firstSlug(r, "/api/actions?limit=5")}` },
  { name: "a statement page", path: async (r) => `/en/statements/${await firstSlug(r, "/api/statements")}` },
];

for (const p of PAGES) {
  test(`${p.name} makes no request to any other origin`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const { elsewhere, ours } = await visit(page, await p.path(page.request), origin);
    expect(ours, "the page loaded its own assets").toBeGreaterThan(2);
    expect(elsewhere).toEqual([]);
  });
}

test("the home map draws tiles, every one through this origin", async ({ page, baseURL }) => {
  const { elsewhere, tiles } = await visit(page, "/en", new URL(baseURL!).origin);
  expect(tiles.length, "the map asked for tiles").toBeGreaterThan(0);
  expect(new Set(tiles)).toEqual(new Set([200]));
  expect(elsewhere).toEqual([]);
});

test("with tiles proxied, the CSP allows images from this origin only", async ({ request }) => {
  const csp = (await request.get("/en")).headers()["content-security-policy"];
  const img = csp.split(";").find((d) => d.trim().startsWith("img-src"))!;
  expect(img.trim()).toBe("img-src 'self' data: blob:");
  expect(csp).toMatch(/connect-src 'self'(;|$)/);
});
