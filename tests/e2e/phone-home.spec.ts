import { expect, test } from "./helpers/test";
import { chromium, type APIRequestContext, type Browser } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium";
import { seriousViolations } from "./helpers/axe";
import { HomePage } from "./pages/home-page";

/** Results first on a phone: the home page as a volunteer opening a link from a group chat meets it. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
test.use(PHONE);

type Page = { items: { id: string; slug: string }[]; nextCursor: string | null };

async function apiPage(request: APIRequestContext, cursor?: string): Promise<Page> {
  const res = await request.get(`/api/actions?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as Page;
}

/** Every upcoming public action, by following the API's cursor to the end. */
async function apiTotal(request: APIRequestContext): Promise<number> {
  let total = 0;
  let cursor: string | undefined;
  do {
    const page = await apiPage(request, cursor);
    total += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return total;
}

test("the header is one row whose targets are at least 44 px; its menu opens without leaving the page", async ({ page }) => {
  await page.goto("/en");
  const header = page.locator("header.site-header");
  const brand = header.getByRole("link", { name: "mobilise" });
  const toggle = header.locator("details.site-menu > summary");
  const [h, b, m] = await Promise.all([header.boundingBox(), brand.boundingBox(), toggle.boundingBox()]);
  expect(h!.height).toBeLessThanOrEqual(60);
  expect(Math.abs(b!.y + b!.height / 2 - (m!.y + m!.height / 2))).toBeLessThan(2);
  await expect(header.getByRole("navigation", { name: "Main" })).toBeHidden();

  await toggle.click();
  await expect(header.getByRole("navigation", { name: "Main" })).toBeVisible();
  const targets = header.locator("a:visible, button:visible, summary:visible");
  await expect.poll(() => targets.count()).toBeGreaterThanOrEqual(10);
  for (const box of await targets.evaluateAll((els) => els.map((e) => { const r = e.getBoundingClientRect(); return { w: r.width, h: r.height, text: e.textContent }; }))) {
    expect(box.h, `height of ${box.text}`).toBeGreaterThanOrEqual(44);
    expect(box.w, `width of ${box.text}`).toBeGreaterThanOrEqual(44);
  }
  await header.getByRole("link", { name: "Statements" }).click();
  await expect(page).toHaveURL(/\/en\/statements$/);
  // A client-side navigation keeps the header: the menu closes for the new page.
  await expect(header.getByRole("navigation", { name: "Main" })).toBeHidden();
});

for (const locale of ["en", "ar"]) {
  test(`home in ${locale}: the first result is in the first screen, with the count above it`, async ({ page, request }) => {
    const home = new HomePage(page);
    await home.goto("", locale);
    const first = await home.cards.first().boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(844);
    const count = await home.count().boundingBox();
    expect(count!.y).toBeLessThan(first!.y);
    const total = await apiTotal(request);
    expect(total).toBeGreaterThan(20);
    const expected = locale === "en" ? `${new Intl.NumberFormat("en").format(total)} actions` : new RegExp(new Intl.NumberFormat("ar").format(total));
    await expect(home.count()).toHaveText(expected);
    // The filters are folded away; the map comes after the list on a phone.
    await expect(page.locator("details.filter-panel")).not.toHaveAttribute("open");
    const map = await page.locator(".discover__map").boundingBox();
    expect(map!.y).toBeGreaterThan(first!.y);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("'Show more' loads the API's next page below the first, with no duplicates", async ({ page, request }) => {
  const home = new HomePage(page);
  await home.goto();
  const first = await apiPage(request);
  const second = await apiPage(request, first.nextCursor!);
  await expect(home.cards).toHaveCount(20);
  await home.showMore().click();
  await expect(home.cards).toHaveCount(40);
  const ids = await home.cards.evaluateAll((cards) => cards.map((c) => c.getAttribute("data-action-id")));
  const slugs = await home.actionLinks().evaluateAll((links) => links.map((a) => a.getAttribute("href")!.split("/").pop()));
  expect(new Set(ids).size).toBe(40);
  expect(new Set(slugs).size).toBe(40);
  expect(ids).toEqual([...first.items, ...second.items].map((i) => i.id));
  expect(page.url()).not.toContain("cursor=");
});

test("filters fold into 'Filters (n)' and their URL carries only what is set", async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await expect(page.locator("details.filter-panel > summary")).toHaveText("Filters");
  await home.filterByKind("Boycott");
  await expect(page).toHaveURL(/\?kind=BOYCOTT$/);
  await expect(page.locator("details.filter-panel > summary")).toHaveText("Filters (1)");
  const kinds = await home.cards.evaluateAll((cards) => cards.map((c) => c.getAttribute("data-kind")));
  expect(new Set(kinds)).toEqual(new Set(["BOYCOTT"]));
});

test.describe("with scripting off in the browser", () => {
  let noScript: Browser;
  test.beforeAll(async () => {
    noScript = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: [...CHROMIUM_ARGS, "--blink-settings=scriptEnabled=false"] });
  });
  test.afterAll(async () => {
    await noScript?.close();
  });

  test("the 'Show more' link opens the next page, and a filter form's URL keeps only what is set", async ({ request }) => {
    const context = await noScript.newContext({ ...PHONE, baseURL: test.info().project.use.baseURL, locale: "en-GB" });
    const page = await context.newPage();
    const home = new HomePage(page);
    await home.goto();
    const first = await apiPage(request);
    const second = await apiPage(request, first.nextCursor!);
    await home.showMore().click();
    await expect(page).toHaveURL(/\/en\?cursor=/);
    const ids = await home.cards.evaluateAll((cards) => cards.map((c) => c.getAttribute("data-action-id")));
    expect(ids).toEqual(second.items.map((i) => i.id));
    await expect(home.count()).toHaveText(/^\d+ actions$/);

    await home.goto();
    await home.filterByKind("Rally");
    await expect(page).toHaveURL(/\/en\?kind=RALLY$/);
    await context.close();
  });
});
