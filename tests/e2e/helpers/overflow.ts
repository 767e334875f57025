import type { Page } from "@playwright/test";
import { expect } from "./test";

/** Opens `path` and fails when anything makes the page wider than the screen (it would scroll sideways). */
export async function expectNoOverflow(page: Page, path: string) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  await expect(page.locator("main")).toBeVisible();
  const widths = await page.evaluate(() => {
    const wide = [...document.querySelectorAll<HTMLElement>("main *, header *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 || el.getBoundingClientRect().left < -1)
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scroll: document.documentElement.scrollWidth, inner: window.innerWidth, wide };
  });
  expect(widths.scroll, `${path} is wider than the screen: ${widths.wide.join(", ")}`).toBeLessThanOrEqual(widths.inner);
}
