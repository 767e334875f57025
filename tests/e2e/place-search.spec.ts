import { expect, test } from "./helpers/test";
import { HomePage } from "./pages/home-page";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("the town search finds places under the names people type, in any script, and says plainly when it finds none", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  test.setTimeout(180_000);
  // The server builds its gazetteer index on the first search (seconds on a busy machine): do that first.
  expect((await page.request.get("/api/places?q=warm", { timeout: 120_000 })).status()).toBe(200);
  const home = new HomePage(page);
  await home.goto();
  await home.openNear();
  const box = home.near.getByRole("combobox", { name: "Town or city" });
  const firstSuggestion = home.near.getByRole("listbox").getByRole("option").first();
  // Shown in the spelling typed, with the country in the reader's language.
  for (const [typed, option] of [
    ["香港", /^香港, Hong Kong/],
    ["هونغ كونغ", /^هونغ كونغ, Hong Kong/],
    ["manille", /^Manille, Philippines/],
    ["Maynila", /^Maynila, Philippines/],
  ] as const) {
    await box.fill(typed);
    await expect(firstSuggestion).toHaveText(option);
  }
  // "Not found" is on screen, not only announced.
  await box.fill("Qxzqxzq");
  const none = home.near.locator(".field__error", { hasText: "No town found with that name." });
  await expect(none).toBeVisible();
  expect((await none.boundingBox())?.height ?? 0).toBeGreaterThan(10);

  await home.chooseTown("Londres", /^Londres, United Kingdom/);
  await expect(page).toHaveURL(/lat=51\.\d+.*lng=-0\.\d+/);
  await expect(home.heading()).toHaveText(/within 25 km of Londres, United Kingdom/);
  expect(errors).toEqual([]);
});
