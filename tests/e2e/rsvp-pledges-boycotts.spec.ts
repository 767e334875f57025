import { expect, expectFailedLoad, test } from "./helpers/test";
import type { APIRequestContext } from "@playwright/test";
import { mailTo, uniqueEmail } from "./helpers/people";

type Detail = { id: string; slug: string; status: string; mode: string; drive: { currency: string | null; donationUrl: string | null; needs: { id: string; item: string }[] } | null };

async function firstOf(request: APIRequestContext, kind: string, accept: (d: Detail) => boolean): Promise<Detail> {
  const { items } = (await (await request.get(`/api/actions?kind=${kind}&limit=100`)).json()) as { items: { id: string }[] };
  for (const { id } of items) {
    const detail = (await (await request.get(`/api/actions/${id}`)).json()) as Detail;
    if (detail.status === "PUBLISHED" && accept(detail)) return detail;
  }
  throw new Error(`no ${kind} found`);
}

test("a donation drive: donate link first, money and item pledges, progress updates, field errors", async ({ page }) => {
  const drive = await firstOf(page.request, "DONATION_DRIVE", (d) => !!d.drive?.currency && !!d.drive.donationUrl && d.drive.needs.length > 0);
  await page.goto(`/en/actions/${drive.slug}`);
  const panel = page.locator(".p-block--pledge");
  await expect(panel.getByRole("link", { name: "Donate on the organisers' page" })).toHaveAttribute("href", drive.drive!.donationUrl!);
  const progress = panel.locator(".p-progress p");
  const before = await progress.innerText();

  // A bad amount is refused next to the field, in words.
  await panel.getByLabel(`Amount (${drive.drive!.currency})`).fill("abc");
  await panel.getByRole("button", { name: "Pledge" }).click();
  const amount = panel.getByLabel(`Amount (${drive.drive!.currency})`);
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await expect(panel.getByText("Enter an amount greater than zero.")).toBeVisible();

  await amount.fill("25");
  await panel.getByLabel("Name to show the organisers").fill("E2E Donor");
  await panel.getByRole("button", { name: "Pledge" }).click();
  await expect(panel.getByText("Thank you! Your pledge is recorded.")).toBeVisible();
  await expect(progress).not.toHaveText(before);

  await panel.getByRole("button", { name: "Pledge again" }).click();
  await panel.getByLabel("Items from the list").check();
  await panel.getByLabel("Item", { exact: true }).selectOption(drive.drive!.needs[0].id);
  await panel.getByLabel("Quantity").fill("3");
  await panel.getByLabel("Pledge anonymously").check();
  await expect(panel.getByLabel("Name to show the organisers")).toHaveCount(0);
  await panel.getByRole("button", { name: "Pledge" }).click();
  await expect(panel.getByText("Thank you! Your pledge is recorded.")).toBeVisible();
  // The pledger's name is for organisers only: never on the public page.
  await page.reload();
  expect(await page.content()).not.toContain("E2E Donor");
});

test("a guest takes a pledge back at once, and a second one later through the link in its confirmation mail", async ({ page }) => {
  // The last drive in the list: the other journeys pledge to the first ones, side by side with this.
  const { items } = (await (await page.request.get("/api/actions?kind=DONATION_DRIVE&limit=100")).json()) as { items: { id: string }[] };
  let drive: Detail | null = null;
  for (const { id } of [...items].reverse()) {
    const d = (await (await page.request.get(`/api/actions/${id}`)).json()) as Detail;
    if (d.status === "PUBLISHED" && d.drive?.currency) {
      drive = d;
      break;
    }
  }
  const pledged = async () => ((await (await page.request.get(`/api/actions/${drive!.id}/me`)).json()) as { counts: { pledgedMinor: number } }).counts.pledgedMinor;
  const start = await pledged();
  await page.goto(`/en/actions/${drive!.slug}`);
  const panel = page.locator(".p-block--pledge");
  const email = uniqueEmail("pledge");

  const pledge = async () => {
    await panel.getByLabel(`Amount (${drive!.drive!.currency})`).fill("40");
    await panel.getByLabel("Name to show the organisers").fill("E2E Withdrawer");
    await panel.getByLabel("Email (optional, only the organisers see it)").fill(email);
    await panel.getByRole("button", { name: "Pledge" }).click();
    await expect(panel.getByRole("status").filter({ hasText: "We sent you a link to withdraw it later." })).toBeVisible();
    await expect.poll(pledged).toBeGreaterThan(start);
  };
  await pledge();
  await panel.getByRole("button", { name: "Withdraw this pledge" }).click();
  await expect(panel.getByText("Your pledge is withdrawn.")).toBeVisible();
  await expect.poll(pledged).toBe(start);

  await panel.getByRole("button", { name: "Pledge again" }).click();
  await pledge();
  const mail = await mailTo(page, email);
  expect(mail.subject).toContain("Your pledge to");
  const link = new URL(/https?:\/\/\S+\/rsvps\/cancel\?pledge=\S+/.exec(mail.text)![0]);
  await page.goto(link.pathname + link.search);
  await expect(page.getByText(/You are about to withdraw your pledge to/)).toBeVisible();
  await page.getByRole("button", { name: "Withdraw my pledge" }).click();
  await expect(page.getByRole("status")).toHaveText("Your pledge is withdrawn.");
  expect(await pledged()).toBe(start);
  // The mailed link is spent.
  await page.goto(link.pathname + link.search);
  await expect(page.getByText("This link is not valid any more. It may have been used already.")).toBeVisible();
});

test("a boycott: join as a headcount, the count goes up, the browser remembers, withdraw", async ({ page }) => {
  const boycott = await firstOf(page.request, "BOYCOTT", () => true);
  await page.goto(`/en/actions/${boycott.slug}`);
  const panel = page.locator(".p-block--boycott");
  const count = panel.locator(".p-counts");
  const before = Number((await count.innerText()).replace(/\D/g, ""));
  await panel.getByLabel("Just count me, anonymously").check();
  await panel.getByRole("button", { name: "I'm boycotting" }).click();
  await expect(panel.getByText("You're boycotting. Thank you for standing with us.")).toBeVisible();
  await expect.poll(async () => Number((await count.innerText()).replace(/\D/g, ""))).toBeGreaterThan(before);
  await page.reload();
  await expect(panel.getByText("You're boycotting. Thank you for standing with us.")).toBeVisible();
  await panel.getByRole("button", { name: "Withdraw" }).click();
  await expect(panel.getByText("You have withdrawn from this boycott.")).toBeVisible();
  await expect(panel.getByRole("button", { name: "I'm boycotting" })).toBeVisible();
});

test("the panel speaks Arabic right to left, with Arabic field errors", async ({ page }) => {
  const { items } = (await (await page.request.get("/api/actions?kind=RALLY&limit=100")).json()) as { items: { id: string; slug: string; mode: string }[] };
  const rally = items.find((a) => a.mode !== "ONLINE")!;
  expectFailedLoad(400, `/api/actions/${rally.id}/rsvps`, "the API refuses the invalid email with 400; the panel shows the field error");
  await page.goto(`/ar/actions/${rally.slug}`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const panel = page.locator(".p-block--rsvp");
  await expect(panel.getByRole("heading", { name: "هل ستحضر؟" })).toBeVisible();
  await panel.getByLabel("باسمي وبريدي الإلكتروني").check();
  await panel.getByLabel("اسمك").fill("سلمى");
  await panel.getByLabel("البريد الإلكتروني", { exact: true }).fill("ليس-بريدًا");
  await panel.getByRole("button", { name: "سأكون هناك" }).click();
  await expect(panel.getByText("اكتب عنوان بريد إلكتروني صحيحًا.")).toBeVisible();
  await expect(panel.getByLabel("البريد الإلكتروني", { exact: true })).toHaveAttribute("aria-invalid", "true");
});
