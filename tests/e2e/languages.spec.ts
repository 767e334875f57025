import { expect, test } from "./helpers/test";
import type { Page } from "@playwright/test";
import { seriousViolations } from "./helpers/axe";
import { expectNoOverflow } from "./helpers/overflow";
import { rallies } from "./helpers/people";
import { signIn } from "./helpers/sign-in";

/** Tagalog, Traditional Chinese and Portuguese: translated, labelled with their language, and fit the screen. */
const NEW_LOCALES = ["tl", "zh-Hant", "pt"] as const;
const SIZES = [
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: "desktop", viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
];

/** What the same page says in English, to compare with: a translated page must say something else. */
async function texts(page: Page, path: string) {
  await expectNoOverflow(page, path);
  return {
    lang: await page.locator("html").getAttribute("lang"),
    skip: (await page.locator("a.skip-link").textContent())?.trim(),
    h1: (await page.getByRole("heading", { level: 1 }).first().textContent())?.trim(),
  };
}

for (const size of SIZES) {
  test.describe(`${size.name} (${size.viewport.width}×${size.viewport.height})`, () => {
    test.use({ viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.hasTouch });

    test("home, action, statement and sign-in pages are translated in tl, zh-Hant and pt", async ({ page, request }) => {
      test.setTimeout(120_000);
      const [rally] = await rallies(request);
      const paths = ["", `/actions/${rally.slug}`, "/statements/mobilise-for-palestine-2024", "/sign-in"];
      for (const path of paths) {
        const english = await texts(page, `/en${path}`);
        for (const locale of NEW_LOCALES) {
          const got = await texts(page, `/${locale}${path}`);
          expect(got.lang, path).toBe(locale);
          expect(got.skip, `${locale}${path}`).not.toBe(english.skip);
          // An action's title is the organiser's own text; every other page's heading is ours or the statement's translation.
          if (!path.startsWith("/actions/")) expect(got.h1, `${locale}${path}`).not.toBe(english.h1);
        }
      }
    });

    test("the organiser pages are translated in tl, zh-Hant and pt", async ({ page }) => {
      test.setTimeout(120_000);
      await signIn(page, "organiser@example.org");
      for (const path of ["/organise", "/organise/actions/new"]) {
        const english = await texts(page, `/en${path}`);
        for (const locale of NEW_LOCALES) {
          const got = await texts(page, `/${locale}${path}`);
          expect(got.lang).toBe(locale);
          expect(got.h1, `${locale}${path}`).not.toBe(english.h1);
        }
      }
    });
  });
}

test("a browser asking for Hong Kong Chinese lands on the Traditional Chinese interface", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-HK", extraHTTPHeaders: { "Accept-Language": "zh-HK,zh;q=0.9" } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/zh-Hant$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await context.close();
});

test("pages name their other languages (hreflang), new ones included", async ({ request }) => {
  const res = await request.get("/pt/statements");
  const link = res.headers()["link"] ?? "";
  for (const locale of ["en", "tl", "zh-Hant", "pt", "ar"]) expect(link).toContain(`/${locale}/statements>; rel="alternate"; hreflang="${locale}"`);
  expect(link).toContain(`hreflang="x-default"`);
});

test("axe finds no serious violations on the new languages' home and action pages", async ({ page, request }) => {
  test.setTimeout(120_000);
  const [rally] = await rallies(request);
  for (const locale of NEW_LOCALES) {
    for (const path of ["", `/actions/${rally.slug}`]) {
      await page.goto(`/${locale}${path}`);
      await expect(page.locator("main")).toBeVisible();
      expect(await seriousViolations(page), `${locale}${path}`).toEqual([]);
    }
  }
});
