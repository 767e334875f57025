import { expect, expectFailedLoad, test } from "./helpers/test";
import type { APIRequestContext } from "@playwright/test";
import { signIn } from "./helpers/sign-in";
import { HONG_KONG, LONDON, submitRally, tag } from "./helpers/submit-action";

/**
 * Moderation journeys. Each test creates its own actions and statements through the API so the
 * demo data stays as it was for everyone else running in parallel.
 */

async function listedIds(request: APIRequestContext, title: string, bbox: string): Promise<string[]> {
  const res = await request.get(`/api/actions?q=${encodeURIComponent(title)}&bbox=${bbox}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: { id: string }[] }).items.map((i) => i.id);
}

test("an admin approves a pending action from the queue with the keyboard, and it appears on the public list and map", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const title = `Review me ${tag()}`;
  const { id, slug } = await submitRally(browser, "organiser@example.org", HONG_KONG, title);
  expect(await listedIds(request, title, HONG_KONG.bbox)).not.toContain(id);

  await signIn(page, "admin@example.org");
  await page.goto("/en/admin/review");
  // Let hydration finish first: it would otherwise reset a choice made in the server-rendered form.
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Country").selectOption("HK");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/country=HK/);
  await expect(page.getByLabel("Country")).toHaveValue("HK");
  await expect(page.getByText("j / k: next / previous action")).toBeVisible();

  const card = page.locator(`article[data-action-id="${id}"]`);
  await expect(card.getByRole("heading", { name: title })).toBeVisible();
  await expect(card).toContainText("Chapter record");
  await expect(card).toContainText("Submitted by");
  // Typing in a field never triggers a shortcut.
  await page.getByLabel("Country").focus();
  await page.keyboard.press("a");
  await expect(card).toBeVisible();
  // Select the card (retried until the page has hydrated), move away and back with k/j, approve with "a".
  await expect(async () => {
    await card.getByRole("heading", { name: title }).click();
    await expect(card).toHaveAttribute("data-selected", "true", { timeout: 1_000 });
  }).toPass();
  const cards = page.locator("article.review-item");
  if ((await cards.count()) > 1) {
    await page.keyboard.press("k");
    await expect(card).toHaveAttribute("data-selected", "false");
    await page.keyboard.press("j");
  }
  await expect(card).toHaveAttribute("data-selected", "true");
  await expect(card).toBeFocused();
  await page.keyboard.press("a");
  await expect(page.getByRole("status").filter({ hasText: `Approved: “${title}” is now public.` })).toBeVisible();
  await expect(card).toHaveCount(0);

  expect(await listedIds(request, title, HONG_KONG.bbox)).toContain(id);
  await page.goto(`/en?q=${encodeURIComponent(title)}`);
  await expect(page.locator(".discover__results .action-card").getByRole("link", { name: title })).toBeVisible();
  await page.goto(`/en/actions/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
});

test("a visitor reports an action, the admin hides it from the reports page, it leaves the public list and API, and the audit log shows both steps", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const title = `Report me ${tag()}`;
  // London is a trusted chapter: its actions go live without review.
  const { id, slug } = await submitRally(browser, "organiser2@example.org", LONDON, title);
  expect(await listedIds(request, title, LONDON.bbox)).toContain(id);

  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(`/en/actions/${slug}`);
  await visitorPage.locator("summary", { hasText: "Report this action" }).click();
  await visitorPage.getByRole("button", { name: "Send report" }).click();
  await expect(visitorPage.getByText("Choose a reason.")).toBeVisible();
  await visitorPage.getByLabel("Fake, or a provocation").check();
  await visitorPage.getByLabel("Details (optional)").fill("Nobody in the chapter has heard of this.");
  await visitorPage.getByRole("button", { name: "Send report" }).click();
  await expect(visitorPage.getByText("Thank you. The moderators will look at it soon.")).toBeVisible();
  await visitor.close();

  await signIn(page, "admin@example.org");
  await page.goto("/en/admin/reports");
  const card = page.locator("article", { has: page.getByRole("heading", { name: title }) });
  await expect(card).toContainText("Fake or provocation");
  await expect(card).toContainText("Nobody in the chapter has heard of this.");
  await card.getByRole("button", { name: "Hide the action" }).click();
  await card.getByLabel("Back to review (it can be published again after a check)").check();
  await card.getByLabel("Note for the organiser (optional)").fill("Checking with the chapter first.");
  await card.getByRole("button", { name: "Hide it now" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Hidden: “${title}”` })).toBeVisible();
  await expect(card).toHaveCount(0);

  expect(await listedIds(request, title, LONDON.bbox)).not.toContain(id);
  expect((await request.get(`/api/actions/${id}`)).status()).toBe(404);
  expectFailedLoad(404, `/en/actions/${slug}`, "the hidden action's page answers 404, which this test checks");
  expect((await page.goto(`/en/actions/${slug}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Action not found");

  await page.goto(`/en/admin/audit?chapter=${LONDON.chapterId}`);
  await expect(page.locator(`tr[data-verb="action.hide"][data-target="${id}"]`)).toBeVisible();
  const resolved = page.locator('tr[data-verb="report.resolve"]', { hasText: "Checking with the chapter first." });
  await expect(resolved.first()).toBeVisible();
});

test("a statement missing a language falls back to its source with a notice; an admin adds the Arabic text and the public Arabic page shows it", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "admin@example.org");
  const slug = `solidarity-${tag()}`;
  const created = await page.request.post("/api/admin/statements", {
    data: {
      slug,
      translations: [
        { locale: "en", title: "Solidarity with domestic workers", body: "We stand with **every** domestic worker.", demands: ["Living wages"] },
        { locale: "ar", title: "تضامن مع العمال", body: "نقف مع كل عامل.", demands: ["أجور عادلة"] },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await page.request.patch(`/api/admin/statements/${id}`, { data: { status: "PUBLISHED" } })).status()).toBe(200);

  // No Spanish text yet: the Spanish page says so and shows the English source, marked as English.
  await page.goto(`/es/statements/${slug}`);
  await expect(page.getByRole("note")).toHaveText("Esta declaración aún no está traducida al español. Se muestra en inglés.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Solidarity with domestic workers");
  await expect(page.locator("header.statement-header")).toHaveAttribute("lang", "en");

  await page.goto(`/en/admin/statements/${id}?lang=ar`);
  await expect(page.getByRole("heading", { name: "Source text (English)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Translation: العربية" })).toBeVisible();
  const newTitle = `تضامن مع عاملات المنازل ${tag()}`;
  const titleField = page.getByLabel("Title", { exact: true });
  await expect(titleField).toHaveAttribute("dir", "rtl");
  await titleField.fill(newTitle);
  await page.getByLabel("Text", { exact: true }).fill("نقف مع **كل** عاملة منزلية.");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("region", { name: "Preview (العربية)" }).locator("strong")).toHaveText("كل");
  await page.getByRole("button", { name: "Save العربية" }).click();
  await expect(page.getByText("العربية saved.")).toBeVisible();

  await page.goto(`/ar/statements/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(newTitle);
  await expect(page.locator("main")).toContainText("عاملة منزلية");

  await page.goto(`/en/admin/audit?verb=statement.translation`);
  await expect(page.locator(`tr[data-target="${id}"]`).first()).toBeVisible();
});

test("only admins reach the admin area: visitors are sent to sign in, members are refused", async ({ page }) => {
  await page.goto("/en/admin/reports");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  await signIn(page, "member@example.org");
  expectFailedLoad(403, "/en/admin", "a member is refused the admin area with 403, which this test checks");
  const refused = await page.goto("/en/admin");
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrators only");
  expect((await page.request.get("/api/admin/users")).status()).toBe(403);
});

test("the dashboard shows the queues and accessible charts, without personal data", async ({ page }) => {
  await signIn(page, "admin@example.org");
  await page.goto("/en/admin?days=30");
  await expect(page.getByRole("heading", { name: "Actions waiting for review" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^RSVPs per day: .* in the last 30 days/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Pledges per day:/ })).toBeVisible();
  await expect(page.getByRole("table").filter({ hasText: "Rally" })).toBeVisible();
  await expect(page.locator("main")).not.toContainText("@example");
});
