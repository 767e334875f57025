import { expect } from "./test";
import type { Browser } from "@playwright/test";
import { signIn } from "./sign-in";

const STATEMENT_ID = "seed-statement-ima-2024";
export const HONG_KONG = { chapterId: "seed-chapter-hong-kong", timeZone: "Asia/Hong_Kong", lat: 22.2808, lng: 114.1597, bbox: "113.8,22.1,114.5,22.6" };
export const LONDON = { chapterId: "seed-chapter-london", timeZone: "Europe/London", lat: 51.5074, lng: -0.1278, bbox: "-0.6,51.2,0.4,51.8" };
export type Chapter = typeof HONG_KONG;

export const tag = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

function wallTime(daysAhead: number, hour: number): string {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, "0")}:00`;
}

/** An organiser writes and submits a rally through the API; returns its id and slug. */
export async function submitRally(browser: Browser, email: string, where: Chapter, title: string, extra: Record<string, unknown> = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  const created = await page.request.post("/api/actions", {
    data: {
      kind: "RALLY",
      statementId: STATEMENT_ID,
      chapterId: where.chapterId,
      title,
      description: "Bring banners and water.",
      startsAt: wallTime(12, 14),
      endsAt: wallTime(12, 16),
      timeZone: where.timeZone,
      mode: "IN_PERSON",
      venue: "Main square",
      lat: where.lat,
      lng: where.lng,
      languages: ["en"],
      ...extra,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id, slug } = (await created.json()) as { id: string; slug: string };
  const submitted = await page.request.post(`/api/actions/${id}/submit`);
  expect(submitted.status(), await submitted.text()).toBe(200);
  await context.close();
  return { id, slug };
}
