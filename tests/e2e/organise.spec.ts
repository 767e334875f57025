import { readFileSync } from "node:fs";
import { expect, expectFailedLoad, test } from "./helpers/test";
import { signIn } from "./helpers/sign-in";

/**
 * The organiser's journey on a small screen: post a rally with its place picked on the map,
 * submit it, get it approved, then run it on the day — check someone in and export the list.
 */
test.use({ viewport: { width: 390, height: 844 } });

test("organiser posts a rally, it is approved and shows publicly, then checks an attendee in and exports the CSV", async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  const title = `E2E rally ${Date.now().toString(36)}`;
  await signIn(page, "organiser@example.org");

  // Dashboard → new action for the organiser's chapter.
  await page.goto("/en/organise");
  await expect(page.getByRole("heading", { level: 1, name: "Organise" })).toBeVisible();
  await page.getByRole("link", { name: "New action" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "New action" })).toBeVisible();

  // Field errors show next to the fields, in English, before anything is sent.
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Please fix", { exact: false })).toBeVisible();
  await expect(page.locator("#f-title-error")).toHaveText("This field is required.");
  await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Statement it answers").selectOption({ index: 1 });
  await page.getByLabel("Title").fill(title);
  await page.getByRole("textbox", { name: "Description" }).fill("Bring **banners** and water.");
  await page.getByLabel("Capacity").fill("50");

  // Pick the place on the map (no tiles offline: a plain background, the marker still works).
  const map = page.locator(".org-map__canvas.leaflet-container");
  await expect(map).toBeVisible();
  await map.scrollIntoViewIfNeeded();
  await map.click({ position: { x: 120, y: 90 } });
  await expect(page.getByTestId("location-status")).toContainText("Location set");
  await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Hong_Kong");

  // Languages are picked by name in the interface language, not typed as codes.
  const languages = page.getByRole("group", { name: "Languages spoken" });
  await languages.getByRole("checkbox", { name: "Filipino" }).check();
  await languages.getByLabel("Another language").selectOption({ label: "Swahili" });
  await expect(languages.getByRole("checkbox", { name: "Swahili" })).toBeChecked();

  // Save draft and submit sit side by side in the first screen of the sticky bar.
  const saveDraft = page.getByRole("button", { name: "Save draft" });
  const submit = page.getByRole("button", { name: "Save and submit for review" });
  for (const button of [saveDraft, submit]) {
    const box = (await button.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(box.height).toBeGreaterThanOrEqual(44);
  }

  // Submit: the Hong Kong chapter is not trusted, so it goes to review, and the page says what comes next.
  await submit.click();
  await page.waitForURL(/\/en\/organise\/actions\/[^/?]+\?saved=1&submitted=1$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("status").filter({ hasText: "Sent for review" })).toContainText("we will email you when it is approved");
  await expect(page.locator("[data-status]").first()).toHaveText("In review");
  await page.getByRole("link", { name: "Back to your actions" }).click();
  await expect(page.locator('[data-group="review"]').getByRole("link", { name: title })).toBeVisible();

  // An admin approves it (through the API, as a signed-in admin).
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, "admin@example.org");
  const approved = await adminPage.request.post(`/api/admin/actions/${id}/approve`);
  expect(approved.status(), await approved.text()).toBe(200);
  await adminContext.close();

  // It is public now: in the list, on the map (its public point inside Hong Kong's box) and on its page.
  const listed = await request.get(`/api/actions?q=${encodeURIComponent(title)}&bbox=113.8,22.1,114.5,22.6`);
  const items = ((await listed.json()) as { items: { id: string; slug: string; lat: number | null }[] }).items;
  expect(items.map((i) => i.id)).toContain(id);
  const slug = items.find((i) => i.id === id)!.slug;
  await page.goto(`/en/actions/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  const spoken = await request.get(`/api/actions/${slug}`);
  expect(((await spoken.json()) as { languages: string[] }).languages.sort()).toEqual(["sw", "tl"]);

  // Someone RSVPs as a guest.
  const guest = `Guest ${Date.now().toString(36)}`;
  const rsvp = await request.post(`/api/actions/${id}/rsvps`, { data: { name: guest, email: `${guest.replace(" ", ".").toLowerCase()}@example.net` } });
  expect(rsvp.status(), await rsvp.text()).toBe(201);

  // On the day: find them and tap to check in.
  await page.goto(`/en/organise/actions/${id}`);
  await page.getByLabel("Search attendees").fill(guest.slice(0, 9));
  await page.getByRole("button", { name: `Check in ${guest}` }).click();
  await expect(page.getByRole("button", { name: `Undo check-in for ${guest}` })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("checkin-count")).toContainText("1 of 1 checked in");

  // Export: the reason is required, then the file downloads.
  await page.getByRole("button", { name: "Download CSV" }).click();
  await expect(page.locator("#export-reason-error")).toContainText("Give a reason");
  await page.getByLabel("Reason for the export").fill("Sign-in sheet for the venue");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/-attendees\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8");
  const row = csv.split("\r\n").find((l) => l.startsWith(guest));
  expect(row).toContain(",GOING,0,");
  expect(row).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
});

test("a draft is saved, then fixed and submitted from the edit form", async ({ page }) => {
  await signIn(page, "organiser@example.org");
  await page.goto("/en/organise");
  const draft = page.locator('[data-group="drafts"] .org-card h4 a').first();
  const href = await draft.getAttribute("href");
  expect(href).toMatch(/^\/en\/organise\/actions\/[^/]+$/);
  await page.goto(`${href}/edit`);
  await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  await page.waitForURL(/\?saved=1&submitted=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Sent for review" })).toBeVisible();
  await expect(page.locator("[data-status]").first()).toHaveText("In review");
});

test("an organiser of another chapter cannot open this chapter's workspace pages", async ({ page }) => {
  await signIn(page, "organiser2@example.org");
  expectFailedLoad(404, "/en/organise/chapters/hong-kong", "another chapter's workspace answers 404, which this test checks");
  const refused = await page.goto("/en/organise/chapters/hong-kong");
  expect(refused?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveCount(0);
  await page.goto("/en/organise");
  await expect(page.getByRole("heading", { level: 2, name: /London/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Hong Kong/ })).toHaveCount(0);
});
