import { expect, expectFailedLoad, test } from "./helpers/test";
import { signIn } from "./helpers/sign-in";

/**
 * A volunteer translator into Tagalog translates a new statement on a phone, an admin publishes
 * it, and the Tagalog page shows it; when the English source changes, the page says the
 * translation is outdated. The translator can touch no other language and no action.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("a Tagalog translation goes from the translator, through an admin, to the public page, and is marked outdated when the source changes", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const tag = Date.now().toString(36);
  const slug = `domestic-workers-${tag}`;
  const title = `Justice for domestic workers ${tag}`;

  // An admin publishes a statement in English only.
  const adminContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const admin = await adminContext.newPage();
  await signIn(admin, "admin@example.org");
  const created = await admin.request.post("/api/admin/statements", {
    data: { slug, translations: [{ locale: "en", title, body: "We stand with **every** domestic worker.", demands: ["Living wages"] }] },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await admin.request.patch(`/api/admin/statements/${id}`, { data: { status: "PUBLISHED" } })).status()).toBe(200);

  // The translator finds it missing in Tagalog and translates it side by side with the source.
  await signIn(page, "translator@example.org");
  await page.goto("/tl/translate");
  const row = page.locator(".translate-card", { hasText: title }).locator('[data-locale="tl"]');
  await expect(row).toHaveAttribute("data-state", "missing");
  await row.getByRole("link").click();
  await expect(page.locator(".translate-source")).toContainText("We stand with every domestic worker.");
  const tlTitle = `Katarungan para sa mga kasambahay ${tag}`;
  await page.locator("#tr-title").fill(tlTitle);
  await page.locator("#tr-body").fill("Kasama kami ng **bawat** kasambahay.");
  await page.locator("#tr-demands").fill("Nakabubuhay na sahod");
  await page.locator("#tr-credit").check();
  await page.locator("form.translate-form button[type=submit]").click();
  await expect(page.getByRole("status").first()).toBeFocused();

  // Not public yet: the Tagalog page still shows the English source with the fallback notice.
  await page.goto(`/tl/statements/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  // The admin publishes it from the same list.
  await admin.goto("/en/translate");
  const pending = admin.locator(".translate-card", { hasText: title }).locator('[data-locale="tl"] .translate-review');
  await pending.getByRole("button", { name: "Publish" }).click();
  await expect(pending.getByRole("status")).toHaveText("Published.");

  await page.goto(`/tl/statements/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tlTitle);
  await expect(page.locator("header.statement-header")).toHaveAttribute("lang", "tl");
  await expect(page.getByTestId("translation-outdated")).toHaveCount(0);
  await expect(page.locator("main")).toContainText("Marites Santos");

  // The admin edits the English source: the Tagalog page now says its translation is outdated.
  const edit = await admin.request.patch(`/api/admin/statements/${id}`, {
    data: { translations: [{ locale: "en", title, body: "We stand with every domestic worker, everywhere.", demands: ["Living wages"] }] },
  });
  expect(edit.status(), await edit.text()).toBe(200);
  await page.goto(`/tl/statements/${slug}`);
  await expect(page.getByTestId("translation-outdated")).toBeVisible();
  await page.goto("/tl/translate");
  // The list names statements in the reader's language: the Tagalog title now.
  await expect(page.locator(".translate-card", { hasText: tlTitle }).locator('[data-locale="tl"]')).toHaveAttribute("data-state", "outdated");

  // A Tagalog translator cannot write Arabic, nor touch any action.
  const arabic = await page.request.post(`/api/statements/${slug}/translations/ar`, { data: { title: "x", body: "x" } });
  expect(arabic.status()).toBe(403);
  const actions = (await (await page.request.get("/api/actions?limit=1")).json()) as { items: { id: string }[] };
  const patch = await page.request.patch(`/api/actions/${actions.items[0].id}`, { data: { title: "Hijacked" } });
  expect(patch.status()).toBe(403);
  expectFailedLoad(403, `/tl/translate/${slug}/ar`, "the translator is refused a language they do not translate");
  const refused = await page.goto(`/tl/translate/${slug}/ar`);
  expect(refused?.status()).toBe(403);
  await adminContext.close();
});
