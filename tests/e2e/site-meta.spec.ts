import { expect, test } from "./helpers/test";

/** What browsers and link previews ask of every site: an icon, and canonical URLs they can use. */
test("the favicon and app icons are served, and pages link them", async ({ page, request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  await page.goto("/en");
  for (const rel of ["icon", "apple-touch-icon"]) {
    const hrefs = await page.locator(`head link[rel="${rel}"]`).evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(hrefs.length, rel).toBeGreaterThan(0);
    for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
  }
});

test("canonical URLs are absolute, on the configured APP_URL", async ({ page, request, baseURL }) => {
  const { items } = (await (await request.get("/api/actions?limit=1")).json()) as { items: { slug: string }[] };
  await page.goto(`/en/actions/${items[0].slug}`);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/en/actions/${items[0].slug}`);
});
