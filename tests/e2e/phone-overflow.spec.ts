import { expect, test } from "./helpers/test";
import type { Page } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

/** No page scrolls sideways on a 390 px phone, left-to-right or right-to-left, signed out or in. */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const PUBLIC = [
  "",
  "/statements/mobilise-for-palestine-2024",
  "/chapters/hong-kong",
  "/sign-in",
  "/actions/winter-blankets-for-displaced-families-d251",
];
const AS = {
  "organiser@example.org": ["/organise", "/organise/actions/new"],
  "admin@example.org": ["/admin", "/admin/review"],
};
const LOCALES = ["en", "ar"];

async function expectNoOverflow(page: Page, path: string) {
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

test("public pages fit a 390 px screen in English and Arabic", async ({ page }) => {
  for (const locale of LOCALES) for (const path of PUBLIC) await expectNoOverflow(page, `/${locale}${path}`);
});

for (const [email, paths] of Object.entries(AS)) {
  test(`${email.split("@")[0]}'s pages fit a 390 px screen in English and Arabic`, async ({ page }) => {
    await signIn(page, email);
    for (const locale of LOCALES) for (const path of paths) await expectNoOverflow(page, `/${locale}${path}`);
  });
}
