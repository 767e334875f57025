import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./helpers/test";
import type { Page } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

/** Automated WCAG 2 A/AA checks of the admin area (English and right-to-left Arabic) and the report form. */
const PAGES = [
  "/en/admin",
  "/ar/admin?days=30",
  "/en/admin/review",
  "/ar/admin/review",
  "/en/admin/reports",
  "/en/admin/users?q=example.org",
  "/en/admin/chapters",
  "/en/admin/chapters/seed-chapter-london",
  "/en/admin/chapters/new",
  "/en/admin/statements",
  "/en/admin/statements/new",
  "/en/admin/statements/seed-statement-ima-2024?lang=ar",
  "/ar/admin/statements/seed-statement-ima-2024?lang=fr",
  "/en/admin/audit",
];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("the admin pages have no WCAG A/AA violations", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@example.org");
  for (const path of PAGES) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.waitForLoadState("networkidle").catch(() => undefined);
      await expectNoViolations(page);
    });
  }
});

test("the open report form has no WCAG A/AA violations", async ({ page, request }) => {
  const res = await request.get("/api/actions?limit=1");
  const [first] = ((await res.json()) as { items: { slug: string }[] }).items;
  await page.goto(`/en/actions/${first.slug}`);
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await page.locator("summary", { hasText: "Report this action" }).click();
  await expect(page.getByRole("button", { name: "Send report" })).toBeVisible();
  await expectNoViolations(page);
});
