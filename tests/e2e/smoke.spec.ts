import { expect, test } from "./helpers/test";

test("home page lists upcoming actions in English", async ({ page }) => {
  await page.goto("/en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Actions for Palestine near you");
  await expect(page.locator(".action-card").first()).toBeVisible();
});

test("home page in Arabic is right-to-left and translated", async ({ page }) => {
  await page.goto("/ar");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("تحركات من أجل فلسطين بالقرب منك");
  await expect(page.locator(".action-card").first()).toBeVisible();
});

test("the root redirects to the visitor's language", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR", extraHTTPHeaders: { "Accept-Language": "fr-FR,fr;q=0.9" } });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await context.close();
});
