import type { APIRequestContext, Page } from "@playwright/test";
import { expect } from "./test";

export type ListedAction = {
  id: string;
  slug: string;
  title: string;
  mode: string;
  locationPrivacy: string;
  chapter: { slug: string; name: string };
  counts: { going: number; waitlisted: number; capacity: number | null };
};

/** Upcoming in-person rallies (with an exact place unless `anyPlace`), from the public API. */
export async function rallies(request: APIRequestContext, options: { chapter?: string; anyPlace?: boolean } = {}): Promise<ListedAction[]> {
  const res = await request.get(`/api/actions?kind=RALLY&limit=100${options.chapter ? `&chapter=${options.chapter}` : ""}`);
  expect(res.ok()).toBe(true);
  const { items } = (await res.json()) as { items: ListedAction[] };
  return items.filter((a) => a.mode !== "ONLINE" && (options.anyPlace || a.locationPrivacy === "EXACT"));
}

export const hasRoom = (a: ListedAction, seats = 10) => a.counts.capacity === null || a.counts.going + seats <= a.counts.capacity;
export const isFull = (a: ListedAction) => a.counts.capacity !== null && a.counts.going >= a.counts.capacity;

export const uniqueEmail = (tag: string) => `e2e-${tag}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;

/** The newest mail to `to`, read from the demo outbox page (the server writes mail there, not SMTP). */
export async function mailTo(page: Page, to: string): Promise<{ subject: string; text: string }> {
  let found: { subject: string; text: string } | null = null;
  await expect
    .poll(
      async () => {
        await page.goto("/en/dev/outbox");
        const item = page.locator("article").filter({ has: page.locator("dd", { hasText: to }) }).first();
        if ((await item.count()) === 0) return false;
        found = { subject: (await item.locator("h2").innerText()).trim(), text: await item.locator("pre").innerText() };
        return true;
      },
      { timeout: 30_000, intervals: [500, 1000, 2000] },
    )
    .toBe(true);
  return found!;
}

/** The RSVP block of the participation panel on an action page. */
export function rsvpPanel(page: Page) {
  return page.locator(".p-block--rsvp");
}
