import { expect, expectFailedLoad, test } from "./helpers/test";
import type { Page } from "@playwright/test";
import { signIn } from "./helpers/sign-in";

/**
 * The map on a phone: it waits for "Show the map" (the list comes first and Leaflet is not
 * downloaded until asked), several actions at one spot open a list instead of hiding one
 * another, and every marker and control is a 44 px target.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const STATEMENT_ID = "seed-statement-ima-2024";
const tag = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

function wallTime(daysAhead: number, hour: number): string {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, "0")}:00`;
}

/** London's chapter is trusted: its organiser's submitted actions are published at once. */
async function publishRallyAt(page: Page, point: { lat: number; lng: number }, title: string, day: number) {
  const created = await page.request.post("/api/actions", {
    data: {
      kind: "RALLY", statementId: STATEMENT_ID, chapterId: "seed-chapter-london", title, description: "Meet at the community centre.",
      startsAt: wallTime(day, 14), endsAt: wallTime(day, 16), timeZone: "Europe/London", mode: "IN_PERSON",
      venue: "Community centre", ...point, languages: ["en"],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const submitted = await page.request.post(`/api/actions/${id}/submit`);
  expect(submitted.status(), await submitted.text()).toBe(200);
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  return errors;
}

async function expectTapTarget(page: Page, selector: string) {
  const box = (await page.locator(selector).first().boundingBox())!;
  // Rounded to whole CSS pixels: layout can land a 44 px box at 43.99998.
  expect(Math.round(box.width), selector).toBeGreaterThanOrEqual(44);
  expect(Math.round(box.height), selector).toBeGreaterThanOrEqual(44);
}

/** Contrast of the attribution's link against its own (nearly opaque white) background. */
function attributionContrast(page: Page): Promise<number> {
  return page.locator(".leaflet-control-attribution a").first().evaluate((a) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const [r, g, b, alpha = 1] = rgb(getComputedStyle(a.closest(".leaflet-control-attribution")!).backgroundColor);
    // Worst case under the translucent part: the map's darkest tile colour is not known, so take black.
    const bg = [r * alpha, g * alpha, b * alpha];
    const [l1, l2] = [lum(rgb(getComputedStyle(a).color)), lum(bg)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  });
}

test("two actions at the same spot are one marker whose list reaches each of them", async ({ page, browser }) => {
  test.setTimeout(120_000);
  // A spot of this run's own in London, so parallel runs never share it.
  const point = { lat: Number((51.45 + Math.random() * 0.05).toFixed(5)), lng: Number((-0.2 + Math.random() * 0.1).toFixed(5)) };
  const titles = [`Vigil at the centre ${tag()}`, `March from the centre ${tag()}`];
  const organiser = await browser.newContext();
  const organiserPage = await organiser.newPage();
  await signIn(organiserPage, "organiser2@example.org");
  await publishRallyAt(organiserPage, point, titles[0], 10);
  await publishRallyAt(organiserPage, point, titles[1], 11);
  await organiser.close();

  const errors = watchErrors(page);
  const tiles: number[] = [];
  page.on("response", (r) => {
    if (new URL(r.url()).pathname.startsWith("/api/tiles/")) tiles.push(r.status());
  });
  const bbox = [point.lng - 0.002, point.lat - 0.002, point.lng + 0.002, point.lat + 0.002].map((n) => n.toFixed(5)).join(",");
  const home = `/en?bbox=${bbox}&zoom=17`;

  for (const title of titles) {
    await page.goto(home);
    // Counted from here: navigating cancelled whatever the previous page's map was still loading.
    const tilesBefore = tiles.length;
    // The list is there at once; the map (Leaflet and its tiles) only once asked for.
    await expect(page.locator(".discover__results .action-card").filter({ hasText: title })).toBeVisible();
    const show = page.getByRole("button", { name: "Show the map" });
    await expect(show).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expect(page.locator(".leaflet-container")).toHaveCount(0);
    expect(tiles.length).toBe(tilesBefore);
    await expectTapTarget(page, ".map-placeholder__show");
    await show.tap();

    const stack = page.locator(".leaflet-marker-icon.map-stack");
    await expect(stack).toHaveCount(1);
    await expect(stack).toHaveAttribute("title", "2 actions at this place");
    await expect(stack.locator(".map-stack__count")).toHaveText("2");
    await expectTapTarget(page, ".leaflet-marker-icon.map-stack");
    await expectTapTarget(page, ".leaflet-control-zoom-in");
    expect(await attributionContrast(page)).toBeGreaterThanOrEqual(4.5);
    await stack.tap();

    const popup = page.locator(".leaflet-popup");
    await expect(popup.getByText("2 actions at this place")).toBeVisible();
    await expect(popup.getByRole("link")).toHaveCount(2);
    for (const t of titles) await expect(popup.getByRole("link", { name: t })).toBeVisible();
    const link = popup.getByRole("link", { name: title });
    expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await link.tap();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }
  // Tiles came from this origin, through the app's proxy.
  expect(tiles.length).toBeGreaterThan(0);
  expect(new Set(tiles)).toEqual(new Set([200]));
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(errors).toEqual([]);
});

test("with the tile server unreachable the map shows its markers on a plain background and stops asking", async ({ page }) => {
  const errors = watchErrors(page);
  expectFailedLoad(502, "/api/tiles/", "every tile answers 502 here: the browser reports each as a failed resource", { prefix: true });
  let tileRequests = 0;
  // What the proxy answers when the provider cannot be reached (tests/unit/tiles/proxy.test.ts).
  await page.route("**/api/tiles/**", (route) => {
    tileRequests++;
    return route.fulfill({ status: 502, contentType: "application/json", body: JSON.stringify({ error: { code: "UPSTREAM_FAILED", message: "The map tile server could not be reached" } }) });
  });
  await page.goto("/en?bbox=114.0,22.2,114.3,22.4&zoom=12");
  await page.getByRole("button", { name: "Show the map" }).tap();
  await expect(page.locator(".leaflet-marker-icon.map-pin").first()).toBeVisible();
  // The tile layer gives up after its first failures: no broken images, no stream of retries.
  await expect(page.locator(".leaflet-tile")).toHaveCount(0);
  const asked = tileRequests;
  expect(asked).toBeGreaterThan(0);
  await page.locator(".leaflet-control-zoom-out").tap();
  await expect(page).toHaveURL(/zoom=11/);
  await page.waitForLoadState("networkidle");
  expect(tileRequests).toBe(asked);
  // The browser reports each failed tile as a failed resource; nothing else may be logged.
  expect(errors.filter((e) => !/Failed to load resource: .* 502 .*\/api\/tiles\//.test(e))).toEqual([]);
});
