import { expect, test } from "./helpers/test";
import type { APIRequestContext, Page } from "@playwright/test";
import { seriousViolations } from "./helpers/axe";
import { signIn } from "./helpers/sign-in";

/**
 * axe (WCAG 2.2 A/AA) on the pages people at risk use most, in English and in Arabic (RTL):
 * zero serious or critical violations. Plus what axe cannot see: the skip link moves focus,
 * focus is visible, and reduced motion stops animations.
 */
type Item = { id: string; slug: string };

async function first(request: APIRequestContext, url: string): Promise<Item> {
  const { items } = (await (await request.get(url)).json()) as { items: Item[] };
  if (!items?.length) throw new Error(`nothing at ${url}`);
  return items[0];
}

type Target = { name: string; as?: string; path: (locale: string, request: APIRequestContext) => Promise<string> };

const ORGANISER = "organiser@example.org";
const TARGETS: Target[] = [
  { name: "home (map and list)", path: async (l) => `/${l}` },
  { name: "action page", path: async (l, r) => `/${l}/actions/${(await first(r, "/api/actions?limit=5")).slug}` },
  { name: "statement page", path: async (l, r) => `/${l}/statements/${(await first(r, "/api/statements")).slug}` },
  { name: "sign-in", path: async (l) => `/${l}/sign-in` },
  { name: "organiser action form", as: ORGANISER, path: async (l) => `/${l}/organise/actions/new` },
  { name: "attendee list (run page)", as: ORGANISER, path: async (l, r) => `/${l}/organise/actions/${(await first(r, "/api/actions?chapter=hong-kong&limit=5")).id}` },
  { name: "attendee list (simple view)", as: ORGANISER, path: async (l, r) => `/${l}/rsvps/attendees/${(await first(r, "/api/actions?chapter=hong-kong&limit=5")).id}` },
  { name: "admin review queue", as: "admin@example.org", path: async (l) => `/${l}/admin/review` },
];

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  // Maps load when scrolled to: bring each waiting one into view in turn (a loaded map replaces its
  // placeholder), then audit what people get, not its loading line.
  const waiting = page.locator(".map-placeholder:has([role=status])");
  await expect
    .poll(async () => {
      const n = await waiting.count();
      if (n > 0) await waiting.first().evaluate((el) => el.scrollIntoView({ block: "center" }));
      return n;
    }, { timeout: 30_000, message: "every map on the page loads once scrolled to" })
    .toBe(0);
}

for (const locale of ["en", "ar"]) {
  for (const target of TARGETS) {
    test(`axe: ${target.name} in ${locale === "ar" ? "Arabic" : "English"} has no serious or critical violations`, async ({ page }) => {
      if (target.as) await signIn(page, target.as);
      const path = await target.path(locale, page.request);
      const res = await page.goto(path);
      expect(res?.status(), `${path} should load`).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      await settle(page);
      expect(await seriousViolations(page), path).toEqual([]);
    });
  }
}

test("the skip link is the first stop and takes keyboard focus past the header to the content", async ({ page }) => {
  await page.goto("/en");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  // On screen when focused: inside the viewport, with a height.
  expect(box?.y, "the skip link's top").toBeGreaterThanOrEqual(0);
  expect(box?.height, "the skip link's height").toBeGreaterThan(0);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press("Tab");
  const inMain = await page.evaluate(() => !!document.activeElement?.closest("main"));
  expect(inMain, "the next Tab lands inside <main>, not back in the header").toBe(true);
});

test("every keyboard stop on the home page shows a visible focus indicator", async ({ page }) => {
  await page.goto("/en");
  await settle(page);
  const missing: string[] = [];
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press("Tab");
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 1;
      const ring = s.boxShadow !== "none";
      const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 30)}"`;
      return { visible: outline || ring, label };
    });
    if (info && !info.visible) missing.push(info.label);
  }
  expect(missing).toEqual([]);
});

test("with reduced motion, nothing animates and transitions are instant", async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto("/en");
  await settle(page);
  const report = await page.evaluate(() => {
    const running = document
      .getAnimations()
      .filter((a) => a.playState === "running")
      .map((a) => {
        const t = a.effect?.getComputedTiming();
        return { duration: Number(t?.duration ?? 0), iterations: t?.iterations ?? 1 };
      })
      .filter((t) => t.iterations === Infinity || t.duration > 10);
    const slow = [...document.querySelectorAll<HTMLElement>("a, button, input, select, .action-card, .leaflet-pane, [class*='map']")]
      .map((el) => ({ el: el.tagName.toLowerCase() + (el.className ? `.${String(el.className).split(" ")[0]}` : ""), t: getComputedStyle(el).transitionDuration }))
      .filter(({ t }) => t.split(",").some((d) => parseFloat(d) * (d.trim().endsWith("ms") ? 1 : 1000) > 10));
    return { running: running.length, slow: slow.slice(0, 5) };
  });
  expect(report).toEqual({ running: 0, slow: [] });
  await context.close();
});
