import { expect, test } from "./helpers/test";
import type { Page } from "@playwright/test";
import { signIn } from "./helpers/sign-in";
import { HONG_KONG, submitRally, tag } from "./helpers/submit-action";

const DESCRIPTION = "**Bring banners** and read [the safety guide](https://example.org/guide).\n\n- water\n- a charged phone";

const VIEWPORTS = [
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: "desktop", viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
];

/** Every console error and uncaught page error (a hydration mismatch is both), tile fetches aside. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !m.location().url.includes("/api/tiles/")) errors.push(`console: ${m.text()}`);
  });
  return errors;
}

for (const device of VIEWPORTS) {
  test(`the review queue shows the description as the public page will and a map with the hidden point, without errors (${device.name})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const title = `Markdown review ${tag()}`;
    const { id } = await submitRally(browser, "organiser@example.org", HONG_KONG, title, { description: DESCRIPTION, locationPrivacy: "APPROXIMATE" });
    const { name: _name, ...options } = device;
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await signIn(page, "admin@example.org");
    await page.goto("/en/admin/review?country=HK");

    const card = page.locator(`article[data-action-id="${id}"]`);
    await expect(card.getByRole("heading", { name: title })).toBeVisible();
    const description = card.getByRole("region", { name: "Description as the public page shows it" });
    await expect(description.locator("strong")).toHaveText("Bring banners");
    await expect(description.getByRole("link", { name: "the safety guide" })).toHaveAttribute("href", "https://example.org/guide");
    await expect(description.locator("li")).toHaveText(["water", "a charged phone"]);
    await expect(description).not.toContainText("**");

    // The public circle around the moved point, and the true point marked as hidden (admins only).
    const map = card.getByRole("region", { name: "Where" });
    await map.scrollIntoViewIfNeeded();
    await expect(map.locator(".leaflet-container")).toBeVisible();
    await expect(map.locator("path.map-area-circle")).toHaveCount(1);
    await expect(map.locator(".map-pin--hidden")).toHaveCount(1);
    await expect(map.locator(".map-pin--hidden")).toContainText("Real place, hidden from the public");
    await expect(map).toContainText("The circle is what the public sees");

    // Shortcuts need a keyboard: their help stays folded on a touch screen, open on a desktop.
    const help = page.locator("details.admin-shortcuts");
    if (device.hasTouch) {
      await expect(help).not.toHaveAttribute("open");
      await expect(page.getByText("j / k: next / previous action")).toBeHidden();
    } else {
      await expect(help).toHaveAttribute("open", "");
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.waitForLoadState("networkidle");
    expect(errors).toEqual([]);
    await context.close();
  });
}
