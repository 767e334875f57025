import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./helpers/test";
import type { Page } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

/** The organiser pages pass axe (no violations at all) in English and in right-to-left Arabic. */
async function expectNoViolations(page: Page) {
  // Leaflet's own controls and tiles are third-party markup inside the map container.
  const { violations } = await new AxeBuilder({ page }).exclude(".leaflet-control-container").analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("dashboard, action form, run page and chapter settings have no axe violations", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "organiser@example.org");
  await page.goto("/en/organise");
  await expect(page.getByRole("heading", { level: 1, name: "Organise" })).toBeVisible();
  await expectNoViolations(page);

  const firstRun = page.locator('[data-group="upcoming"] .org-card').filter({ has: page.locator('[data-status="PUBLISHED"]') }).filter({ hasText: "Rally" }).locator("h4 a").first();
  const runHref = await firstRun.getAttribute("href");
  expect(runHref).toMatch(/^\/en\/organise\/actions\/[\w-]+$/);

  await page.goto("/en/organise/actions/new");
  await expect(page.locator(".org-map__canvas.leaflet-container")).toBeVisible();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("#f-title-error")).toBeVisible();
  await expectNoViolations(page);

  await page.goto(runHref!);
  await expect(page.getByRole("heading", { level: 2, name: "Attendees", exact: true })).toBeVisible();
  await expectNoViolations(page);
  // The confirmation dialog takes focus and gives it back.
  const cancel = page.getByRole("button", { name: "Cancel the action" });
  await cancel.click();
  const dialog = page.getByRole("dialog", { name: "Cancel this action?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Message to attendees")).toBeFocused();
  await expectNoViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(cancel).toBeFocused();

  await page.goto("/en/organise/chapters/hong-kong");
  await expect(page.getByRole("heading", { level: 2, name: "Members" })).toBeVisible();
  await expectNoViolations(page);
});

test("the action form in Arabic is right-to-left and translated", async ({ page }) => {
  await signIn(page, "organiser@example.org");
  await page.goto("/ar/organise/actions/new");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: "تحرك جديد" })).toBeVisible();
  await page.getByRole("button", { name: "حفظ المسودة" }).click();
  await expect(page.locator("#f-title-error")).toHaveText("هذا الحقل مطلوب.");
  await expectNoViolations(page);
});
