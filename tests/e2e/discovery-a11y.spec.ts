import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./helpers/test";

/** Automated WCAG 2 A/AA checks of the discovery pages, in a left-to-right and a right-to-left language. */
const PAGES = [
  "/en",
  "/en?kind=RALLY&date=week",
  "/ar",
  "/en/actions/winter-blankets-for-displaced-families-d251",
  "/ar/actions/candlelight-vigil-for-gaza-at-mendiola-peace-arch-7907",
  "/en/statements",
  "/fr/statements/mobilise-for-palestine-2024",
  "/en/chapters",
  "/en/chapters/hong-kong",
];

for (const path of PAGES) {
  test(`no WCAG A/AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    // Let the lazy map draw, so its markers are part of what is checked.
    await page.waitForLoadState("networkidle").catch(() => undefined);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}
