import type { Page } from "@playwright/test";
import { expect } from "./test";
import { openSiteMenu } from "./site-menu";

export const DEMO_PASSWORD = "mobilise-demo";

/**
 * Signs in through the real sign-in page (English UI), as a person would. The session cookie then
 * lives in the page's browser context, so `page.request` calls to /api/... are signed in too.
 * Resolves once the header shows the signed-in user menu.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, options: { next?: string } = {}) {
  const query = options.next ? `?callbackUrl=${encodeURIComponent(options.next)}` : "";
  await page.goto(`/en/sign-in${query}`);
  const form = page.getByRole("form", { name: "Sign in with a password" });
  await form.getByLabel("Email", { exact: true }).fill(email);
  await form.getByLabel("Password", { exact: true }).fill(password);
  await form.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
  await openSiteMenu(page);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

/** Signs out with the header's button; the server deletes the session. */
export async function signOut(page: Page) {
  await openSiteMenu(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await openSiteMenu(page);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}
