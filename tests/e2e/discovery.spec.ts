import { expect, test } from "./helpers/test";
import { ActionPage } from "./pages/action-page";
import { HomePage } from "./pages/home-page";
import { StatementPage } from "./pages/statement-page";

const STATEMENT = "mobilise-for-palestine-2024";

test("home shows the map's clusters and markers beside the list; moving the map updates the list and the URL", async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await expect(home.cards.first()).toBeVisible();
  await home.waitForMap();
  expect(await home.markers.count()).toBeGreaterThan(1);
  await expect(home.heading()).toHaveText("Actions");

  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page).toHaveURL(/[?&]bbox=[-\d.,]+.*&zoom=\d+/);
  await expect(home.heading()).toHaveText("Actions in the map area");
  await expect(home.cards.first()).toBeVisible();

  // Back to everything: the map follows the URL, and that move is not written back into it.
  // A write-back would be a router request for a URL with a bbox, sent when the move ends.
  const writeBacks: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("bbox=") && !r.url().includes("/api/")) writeBacks.push(r.url());
  });
  await page.getByRole("link", { name: "Show actions everywhere" }).click();
  await expect(home.heading()).toHaveText("Actions");
  await home.waitForMapAtRest();
  expect(writeBacks).toEqual([]);
  expect(page.url()).not.toContain("bbox=");
});

test("a marker's popup names the action, its time zone, its chapter and links to it", async ({ page }) => {
  const home = new HomePage(page);
  // Hong Kong, zoomed in far enough for single pins.
  await home.goto("?bbox=114.0,22.2,114.3,22.4&zoom=12");
  const pin = page.locator(".leaflet-marker-icon.map-pin").first();
  await expect(pin).toBeVisible();
  await pin.click();
  const popup = page.locator(".leaflet-popup");
  await expect(popup).toBeVisible();
  await expect(popup).toContainText("Asia/Hong_Kong");
  await expect(popup).toContainText("Chapter: IMA Hong Kong");
  await expect(popup.getByRole("link", { name: "Open the action" })).toHaveAttribute("href", /\/en\/actions\//);
});

test("'Show more' appends the next page in place and moves focus to the first new action", async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const first = await home.cards.count();
  expect(first).toBe(20);
  await home.showMore().click();
  await expect.poll(() => home.cards.count()).toBeGreaterThan(first);
  const ids = await home.cards.evaluateAll((cards) => cards.map((c) => c.getAttribute("data-action-id")));
  expect(new Set(ids).size).toBe(ids.length);
  await expect(home.actionLinks().nth(first)).toBeFocused();
  expect(page.url()).not.toContain("cursor=");
});

test("filtering by kind updates the URL and the list", async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await expect(home.cards.first()).toBeVisible();
  await home.filterByKind("Boycott");
  await expect(page).toHaveURL(/kind=BOYCOTT/);
  await expect(home.cards.first()).toBeVisible();
  const kinds = await home.cards.evaluateAll((cards) => cards.map((c) => c.getAttribute("data-kind")));
  expect(kinds.length).toBeGreaterThan(0);
  expect(new Set(kinds)).toEqual(new Set(["BOYCOTT"]));
  // The filter survives a reload: the view lives in the URL.
  await page.reload();
  await home.openFilters();
  await expect(home.filters.getByLabel("Kind")).toHaveValue("BOYCOTT");
});

test("searching a town from the gazetteer lists the nearest actions first, with their distance", async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.chooseTown("Lond", /^London, United Kingdom/);
  await expect(page).toHaveURL(/lat=51\.\d+.*lng=-0\.\d+.*radius=25/);
  await expect(home.heading()).toHaveText(/Actions within 25 km of London, United Kingdom, nearest first/);
  await expect(home.cards.first()).toBeVisible();
  const distances = await home.distancesKm();
  expect(distances.length).toBeGreaterThan(0);
  expect(distances.every((d) => d <= 25)).toBe(true);
  expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  await expect(home.results.locator(".action-card__distance").first()).toHaveText(/^[\d.]+ km away$/);
});

test.describe("with the browser's location", () => {
  test.use({ geolocation: { latitude: 22.281234, longitude: 114.158765 }, permissions: ["geolocation"] });

  test("'use my location' sorts by distance from a rounded position, and the radius can be changed", async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await home.openNear();
    await home.near.getByRole("button", { name: "Use my location" }).click();
    // Rounded to two decimals (about 1 km) before it goes anywhere.
    await expect(page).toHaveURL(/lat=22\.28&lng=114\.16&radius=25/);
    await expect(home.heading()).toHaveText("Actions within 25 km of your location, nearest first");
    const distances = await home.distancesKm();
    expect(distances.length).toBeGreaterThan(0);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);

    await home.openNear();
    await home.near.getByLabel("Distance").selectOption("5");
    await home.near.getByRole("button", { name: "Find" }).click();
    await expect(page).toHaveURL(/lat=22\.28&lng=114\.16&radius=5/);
    expect((await home.distancesKm()).every((d) => d <= 5)).toBe(true);
  });
});

test("opening an action shows everything public about it", async ({ page }) => {
  const home = new HomePage(page);
  await home.goto("?kind=DONATION_DRIVE");
  const link = home.actionLinks().first();
  const title = await link.innerText();
  await link.click();
  const action = new ActionPage(page);
  await expect(action.title).toHaveText(title);
  await expect(page).toHaveTitle(new RegExp(title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await expect(page.getByRole("progressbar", { name: "Money pledged towards the goal" })).toHaveAttribute("aria-valuemax", "100");
  await expect(action.calendarLink).toHaveAttribute("href", /^\/api\/actions\/[^/]+\/ics$/);
  await expect(action.shareLink).toHaveValue(/\/en\/actions\//);
  await expect(page.getByRole("link", { name: /Migrants, refugees and peoples of the world/ })).toHaveAttribute("href", `/en/statements/${STATEMENT}`);
  // The action's own og:title arrives with the client-side navigation…
  await expect(page.locator('meta[property="og:title"]').last()).toHaveAttribute("content", title);
  // …and a link preview (a plain load, as a chat app's crawler does) gets exactly that one.
  // Known issue: after a client-side navigation the previous page's og tags can stay in the head.
  await page.goto(new URL(page.url()).pathname);
  const ogTitle = page.locator('meta[property="og:title"]');
  await expect(ogTitle).toHaveCount(1);
  await expect(ogTitle).toHaveAttribute("content", title);
});

test("a hidden meeting point shows only an area, never the real point; a cancelled action says so first", async ({ page }) => {
  const action = new ActionPage(page);
  // Seeded REVEAL_TO_ATTENDEES rally whose true point is 14.597217, 120.993219.
  const res = await page.goto("/en/actions/candlelight-vigil-for-gaza-at-mendiola-peace-arch-7907");
  const html = (await res?.text()) ?? "";
  expect(html).not.toContain("14.597217");
  expect(html).not.toContain("120.993219");
  await expect(action.section("Where")).toContainText("The exact place is shared with attendees 24 hours before the start.");
  // The map loads when it is about to be seen.
  await page.locator(".map-placeholder, .location-map").first().scrollIntoViewIfNeeded();
  await expect(page.locator(".location-map path.map-area-circle")).toHaveCount(1);
  await expect(page.locator(".location-map .leaflet-marker-icon")).toHaveCount(0);

  await action.goto("picket-against-the-arms-trade-c28d");
  const alert = page.getByRole("alert").filter({ hasText: "This action has been cancelled" });
  await expect(alert).toContainText("The venue withdrew its permission at short notice.");
});

test("switching to Français and العربية translates the interface and the statement; Arabic is right-to-left", async ({ page }) => {
  const statement = new StatementPage(page);
  await statement.goto(STATEMENT);
  await expect(statement.title).toHaveText(/^Migrants, refugees and peoples of the world/);

  await statement.switchSiteLanguage("Français");
  await expect(page).toHaveURL(new RegExp(`/fr/statements/${STATEMENT}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(statement.title).toHaveText(/^Migrants, réfugiés et peuples du monde/);
  await expect(page.getByRole("heading", { name: "Nos revendications" })).toBeVisible();
  await expect(page.locator(".main-nav")).toContainText("Déclarations");

  await statement.switchSiteLanguage("العربية");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(statement.title).toHaveText(/^أيها المهاجرون واللاجئون/);
  await expect(page.getByRole("heading", { name: "مطالبنا" })).toBeVisible();
  // The translation switcher still offers the English text, which then carries its own direction.
  await statement.translations.getByRole("link", { name: "English" }).click();
  await expect(statement.title).toHaveText(/^Migrants, refugees/);
  await expect(page.locator(".statement-header")).toHaveAttribute("dir", "ltr");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("a keyboard-only visitor reaches every action in the list with Tab", async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.waitForMap();
  const hrefs = await home.actionLinks().evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.length).toBeGreaterThan(5);
  const reached = new Set<string>();
  for (let i = 0; i < 250 && reached.size < hrefs.length; i++) {
    await page.keyboard.press("Tab");
    const href = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement | null;
      return el?.closest(".action-card") ? el.getAttribute("href") : null;
    });
    if (href) reached.add(href);
  }
  expect([...reached].sort()).toEqual([...hrefs].sort());

});

test("focusing an action in the list highlights its marker", async ({ page }) => {
  const home = new HomePage(page);
  await home.goto("?bbox=114.0,22.2,114.3,22.4&zoom=12");
  await home.waitForMap();
  await expect(page.locator(".map-pin--highlighted, .map-cluster--highlighted")).toHaveCount(0);
  // Every action listed for this area has a place in it, so its pin (or cluster) is on screen.
  await home.actionLinks().first().focus();
  await expect(page.locator(".map-pin--highlighted, .map-cluster--highlighted")).toHaveCount(1);
  await home.actionLinks().nth(1).focus();
  await expect(page.locator(".map-pin--highlighted, .map-cluster--highlighted")).toHaveCount(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the list, the filters and the town search still work", async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    await expect(home.cards.first()).toBeVisible();
    // "Show more" is a plain link to the next page.
    await home.showMore().click();
    await expect(page).toHaveURL(/cursor=/);
    await expect(home.cards.first()).toBeVisible();
    await home.goto();
    await home.filterByKind("Rally");
    await expect(page).toHaveURL(/kind=RALLY/);
    const kinds = await home.cards.evaluateAll((cards) => cards.map((c) => c.getAttribute("data-kind")));
    expect(new Set(kinds)).toEqual(new Set(["RALLY"]));

    await home.openNear();
    await home.near.getByLabel("Town or city").fill("Hong Kong");
    await home.near.getByRole("button", { name: "Find" }).click();
    await expect(page).toHaveURL(/place=Hong\+Kong/);
    await expect(page).toHaveURL(/kind=RALLY/);
    await expect(home.heading()).toHaveText(/Actions within 25 km of Hong Kong/);
    const distances = await home.distancesKm();
    expect(distances.length).toBeGreaterThan(0);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });
});
