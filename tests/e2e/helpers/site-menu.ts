import type { Page } from "@playwright/test";

/** On a phone the header's links sit in a "Menu" disclosure: open it if it is shown and closed. */
export async function openSiteMenu(page: Page) {
  const menu = page.locator("details.site-menu");
  const toggle = menu.locator("> summary");
  if ((await toggle.isVisible()) && !(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await toggle.click();
}
