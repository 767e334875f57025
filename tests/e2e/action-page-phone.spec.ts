import { expect, test } from "./helpers/test";
import type { APIRequestContext, Page } from "@playwright/test";
import { seriousViolations } from "./helpers/axe";
import { hasRoom, rallies } from "./helpers/people";
import { ActionPage } from "./pages/action-page";

/**
 * The action page on a phone, as someone who tapped a link in a group chat meets it: the one
 * thing to do is on the first screen, it leads straight to the form, and every figure on the
 * page is the database's right after acting, without a reload.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

type Counts = { going: number; waitlisted: number; capacity: number | null; commitments: number; pledgedMinor: number; needs: { id: string; pledged: number }[] };
type Detail = { id: string; slug: string; status: string; drive: { currency: string | null; goalMinor: number | null; needs: { id: string; unit: string | null }[] } | null };

const counts = async (request: APIRequestContext, id: string) => ((await (await request.get(`/api/actions/${id}/me`)).json()) as { counts: Counts }).counts;
const num = (n: number) => new Intl.NumberFormat("en").format(n);

async function published(request: APIRequestContext, kind: string, accept: (d: Detail) => boolean = () => true): Promise<Detail[]> {
  const { items } = (await (await request.get(`/api/actions?kind=${kind}&limit=100`)).json()) as { items: { id: string }[] };
  const out: Detail[] = [];
  for (const { id } of items) {
    const d = (await (await request.get(`/api/actions/${id}`)).json()) as Detail;
    if (d.status === "PUBLISHED" && accept(d)) out.push(d);
  }
  return out;
}

/** No console error and no uncaught exception while the journey runs. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`${m.text()} ${m.location().url}`);
  });
  return errors;
}

async function expectInFirstScreen(button: ReturnType<ActionPage["ctaButton"]>) {
  const box = await button.boundingBox();
  expect(box, "the call to action is rendered").not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(844);
}

test("a rally: 'I'll be there' is on the first screen, leads to the form, and every count is the database's after the RSVP", async ({ page }) => {
  const errors = watchErrors(page);
  const withSeats = (await rallies(page.request)).filter((a) => a.counts.capacity !== null && hasRoom(a, 5));
  const rally = withSeats[withSeats.length - 1];
  const action = new ActionPage(page);
  await action.goto(rally.slug);
  const button = action.ctaButton("I'll be there");
  await expectInFirstScreen(button);
  await expect(action.cta.locator("time")).toHaveAttribute("datetime", /^\d{4}-/);
  expect(await action.horizontalOverflow()).toBeLessThanOrEqual(0);

  await button.tap();
  const first = action.panel.getByLabel("With my name and email");
  await expect(first).toBeFocused();
  await expect(first).toBeInViewport();
  await action.panel.getByLabel("Just count me, anonymously").check();
  await action.panel.getByRole("button", { name: "I'll be there" }).tap();
  const result = action.panel.locator(".p-result");
  await expect(result.getByText("You're going.", { exact: true })).toBeVisible();
  await expect(result).toBeFocused();
  await expect(result).toBeInViewport();

  const fresh = await counts(page.request, rally.id);
  expect(fresh.going).toBeGreaterThan(rally.counts.going);
  const left = fresh.capacity! - fresh.going;
  await expect(action.ctaFigure).toHaveText(left === 1 ? "1 place left" : `${num(left)} places left`);
  await expect(action.panel.locator(".p-counts")).toContainText(`${num(fresh.going)} of ${num(fresh.capacity!)} places taken`);
  await expect(action.panel.locator("meter")).toHaveAttribute("value", String(fresh.going));
  // The call to action now says where the person stands.
  await expect(action.cta.getByText("You're going.")).toBeVisible();
  expect(errors).toEqual([]);
});

test("a drive: 'Pledge' is on the first screen, there is no RSVP panel, the needs are listed once, and money and items add up at once", async ({ page }) => {
  const errors = watchErrors(page);
  const drives = await published(page.request, "DONATION_DRIVE", (d) => !!d.drive?.currency && !!d.drive.goalMinor && d.drive.needs.length > 0);
  // Not the first or last: other journeys pledge to those side by side with this one.
  const drive = drives[Math.floor(drives.length / 2)];
  const action = new ActionPage(page);
  await action.goto(drive.slug);
  const button = action.ctaButton("Pledge");
  await expectInFirstScreen(button);
  await expect(page.locator(".p-block--rsvp")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Will you be there?" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "What is needed" })).toHaveCount(1);
  await expect(page.locator(".needs-table")).toHaveCount(1);

  await button.tap();
  await expect(action.panel.getByLabel("Money")).toBeFocused();
  await action.panel.getByLabel(`Amount (${drive.drive!.currency})`).fill("25");
  await action.panel.getByLabel("Pledge anonymously").check();
  await action.panel.getByRole("button", { name: "Pledge" }).tap();
  await expect(action.panel.getByRole("status").filter({ hasText: "Thank you! Your pledge is recorded." })).toBeVisible();
  await expect(action.panel.locator(".p-result")).toBeInViewport();

  await action.panel.getByRole("button", { name: "Pledge again" }).tap();
  await action.panel.getByLabel("Items from the list").check();
  const need = drive.drive!.needs[0];
  await action.panel.getByLabel("Item", { exact: true }).selectOption(need.id);
  await action.panel.getByLabel("Quantity").fill("2");
  await action.panel.getByLabel("Pledge anonymously").check();
  await action.panel.getByRole("button", { name: "Pledge" }).tap();
  await expect(action.panel.getByRole("status").filter({ hasText: "Thank you! Your pledge is recorded." })).toBeVisible();

  const fresh = await counts(page.request, drive.id);
  const { currency, goalMinor } = drive.drive!;
  const money = (minor: number) => page.evaluate(([m, c]) => new Intl.NumberFormat("en", { style: "currency", currency: c as string, minimumFractionDigits: 0, maximumFractionDigits: 2 }).format((m as number) / 100), [minor, currency]);
  const [pledged, goal] = [await money(fresh.pledgedMinor), await money(goalMinor!)];
  await expect(action.ctaFigure.locator("p")).toHaveText(`\u2068${pledged}\u2069 raised of \u2068${goal}\u2069`);
  await expect(action.panel.locator(".p-progress p")).toHaveText(`\u2068${pledged}\u2069 pledged of \u2068${goal}\u2069`);
  await expect(action.panel.locator(".p-progress progress")).toHaveJSProperty("value", Math.min(fresh.pledgedMinor, goalMinor!));
  const percent = Math.min(100, Math.round((fresh.pledgedMinor / goalMinor!) * 100));
  await expect(action.cta.getByRole("progressbar", { name: "Money pledged towards the goal" })).toHaveAttribute("aria-valuenow", String(percent));
  const pledgedCell = page.locator(`.needs-table tr[data-need="${need.id}"] td[data-pledged]`);
  const needPledged = fresh.needs.find((n) => n.id === need.id)!.pledged;
  await expect(pledgedCell).toHaveText(new RegExp(`^${num(needPledged)}(\\s|$)`));
  expect(errors).toEqual([]);
});

test("a boycott: 'I'm boycotting' is on the first screen, there is no RSVP panel, and both counts are the database's after joining", async ({ page }) => {
  const errors = watchErrors(page);
  const boycotts = await published(page.request, "BOYCOTT");
  // The first and last are used by other journeys.
  const boycott = boycotts[Math.min(1, boycotts.length - 1)];
  const action = new ActionPage(page);
  await action.goto(boycott.slug);
  const button = action.ctaButton("I'm boycotting");
  await expectInFirstScreen(button);
  await expect(page.locator(".p-block--rsvp")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Will you be there?" })).toHaveCount(0);

  await button.tap();
  const headcount = action.panel.getByLabel("Just count me, anonymously");
  await expect(headcount).toBeFocused();
  await action.panel.getByRole("button", { name: "I'm boycotting" }).tap();
  await expect(action.panel.getByText("You're boycotting. Thank you for standing with us.")).toBeVisible();
  await expect(action.panel.locator(".p-result")).toBeInViewport();

  const fresh = await counts(page.request, boycott.id);
  const text = fresh.commitments === 1 ? "1 person is boycotting" : `${num(fresh.commitments)} people are boycotting`;
  await expect(action.ctaFigure).toHaveText(text);
  await expect(action.panel.locator(".p-counts")).toHaveText(text);

  await action.panel.getByRole("button", { name: "Withdraw" }).tap();
  await expect(action.panel.getByText("You have withdrawn from this boycott.")).toBeVisible();
  const after = await counts(page.request, boycott.id);
  const again = after.commitments === 1 ? "1 person is boycotting" : `${num(after.commitments)} people are boycotting`;
  await expect(action.ctaFigure).toHaveText(again);
  await expect(action.panel.locator(".p-counts")).toHaveText(again);
  expect(errors).toEqual([]);
});

for (const locale of ["en", "ar"]) {
  test(`the three kinds of action page fit the phone's width in ${locale}, with the call to action on the first screen and no serious axe violation`, async ({ page }) => {
    const errors = watchErrors(page);
    const kinds = ["RALLY", "DONATION_DRIVE", "BOYCOTT"];
    for (const kind of kinds) {
      const [first] = await published(page.request, kind, (d) => kind !== "DONATION_DRIVE" || !!d.drive?.needs.length);
      const action = new ActionPage(page);
      await action.goto(first.slug, locale);
      await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      const go = action.cta.locator(".action-cta__go");
      await expect(go).toBeVisible();
      await expectInFirstScreen(go);
      await page.waitForLoadState("networkidle");
      expect(await action.horizontalOverflow(), `${kind} in ${locale}`).toBeLessThanOrEqual(0);
      expect(await seriousViolations(page), `${kind} in ${locale}`).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
}

test("in Arabic, amounts and units keep their direction and units come from the catalogue", async ({ page }) => {
  const [drive] = await published(page.request, "DONATION_DRIVE", (d) => !!d.drive?.currency && !!d.drive.goalMinor && d.drive.needs.some((n) => n.unit === "kg"));
  const action = new ActionPage(page);
  await action.goto(drive.slug, "ar");
  await expect(action.ctaFigure.locator("p")).toHaveText(/^جُمع \u2068.+\u2069 من أصل \u2068.+\u2069$/);
  const kg = drive.drive!.needs.find((n) => n.unit === "kg")!;
  await expect(page.locator(`.needs-table tr[data-need="${kg.id}"] td`).first()).toHaveText(/كغ$/);
  // Opening hours are said with Arabic day names, not the English the organiser typed.
  const hours = page.locator(".plain-list .muted").first();
  await expect(hours).toHaveText(/^ساعات العمل: /);
  await expect(hours).not.toHaveText(/Mon|Tue|Wed|Thu|Fri|Sat|Sun|Daily/);
});
