import { expect, test, watchContext } from "./helpers/test";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium";
import { seriousViolations } from "./helpers/axe";
import { DEMO_PASSWORD, signIn } from "./helpers/sign-in";
import { hasRoom, mailTo, rallies, rsvpPanel, uniqueEmail } from "./helpers/people";

/**
 * People who browse with JavaScript off (Tor Browser's safest mode, among others) can still RSVP:
 * the action page carries a plain form that posts to the same API and comes back with the outcome.
 */
// A browser whose scripting is off in its settings, as in a browser where the person turned it off:
// <noscript> content is then part of the page. (Playwright's javaScriptEnabled: false only stops
// scripts from running; the page is still parsed as if they could, so <noscript> stays empty.)
let noScriptBrowser: Browser;
test.beforeAll(async () => {
  noScriptBrowser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: [...CHROMIUM_ARGS, "--blink-settings=scriptEnabled=false"] });
});
test.afterAll(async () => {
  await noScriptBrowser?.close();
});

async function noScriptPage(storageState?: BrowserContextOptions["storageState"]) {
  const context = watchContext(await noScriptBrowser.newContext({ baseURL: test.info().project.use.baseURL, locale: "en-GB", storageState }));
  return context.newPage();
}

/** The plain form lives in <noscript>, which Playwright's text and role engines skip: CSS finds it. */
function plainForm(page: Page) {
  const block = page.locator(".p-block--rsvp .p-noscript");
  const field = (name: string) => block.locator(`input[name="${name}"]`);
  return { block, field, submit: block.locator('form[action$="/rsvps"] button[type="submit"]'), status: block.locator('[role="status"]'), alert: block.locator('[role="alert"]') };
}

test("without JavaScript a guest RSVPs from the plain form, sees the outcome on the page and gets the mail", async ({ page: withScript }) => {
  const rally = (await rallies(withScript.request)).filter((a) => hasRoom(a))[2];
  const email = uniqueEmail("noscript");
  const page = await noScriptPage();
  await page.goto(`/en/actions/${rally.slug}`);
  // The interactive panel's loading line would never change without JavaScript: it is not shown.
  await expect(rsvpPanel(page).getByText("Loading…")).toBeHidden();
  let form = plainForm(page);
  await expect(form.block).toContainText("JavaScript is off, so here is the simple form");
  await expect(form.field("name")).toHaveAccessibleName("Your name");
  await expect(form.field("email")).toHaveAccessibleName("Email");
  await expect(form.submit).toHaveText("I'll be there");
  // The call to action at the top is a plain link: it takes the reader to this form.
  await page.locator(".action-cta").getByRole("link", { name: "I'll be there", exact: true }).click();
  await expect(page).toHaveURL(/#participate$/);
  await expect(form.block).toBeInViewport();

  // A server-side refusal comes back as a message next to the field (the browser accepts a@b, the API does not).
  await form.field("name").fill("No Script");
  await form.field("email").fill("a@b");
  await form.submit.click();
  await expect(page).toHaveURL(/rsvpError=VALIDATION/);
  form = plainForm(page);
  await expect(form.alert).toHaveText("Please correct the highlighted fields.");
  await expect(form.field("email")).toHaveAttribute("aria-invalid", "true");
  await expect(form.block).toContainText("Enter a valid email address.");

  await form.field("name").fill("No Script");
  await form.field("email").fill(email);
  await form.field("guests").fill("1");
  await form.submit.click();
  await expect(page).toHaveURL(new RegExp(`/en/actions/${rally.slug}\\?rsvp=GOING&mailed=1$`));
  await expect(plainForm(page).status).toHaveText("You're going. We sent you a confirmation by email.");
  await expect(plainForm(page).submit).toHaveCount(0);
  await expect(rsvpPanel(page).locator(".p-counts")).toContainText(`${rally.counts.going + 2} of`);
  // The cancel code went by mail, never into the address bar.
  expect(page.url()).not.toMatch(/token|@/);
  await expect(plainForm(page).block).toContainText("To cancel, use the link in your confirmation mail.");
  const mail = await mailTo(withScript, email);
  expect(mail.subject).toBe(`You're going: ${rally.title}`);

  // The mailed cancel link works without JavaScript too: one confirming click, as with it.
  const link = /(https?:\/\/\S+\/en\/rsvps\/cancel\?\S+)/.exec(mail.text)![1];
  await page.goto(link);
  await expect(page.getByText(`You are about to cancel your RSVP for “${rally.title}”.`)).toBeVisible();
  const confirm = page.locator(".p-noscript button[type=submit]");
  await expect(confirm).toHaveText("Cancel my RSVP");
  await confirm.click();
  await expect(page.getByRole("status")).toHaveText("Your RSVP is cancelled. Thank you for letting the organisers know.");
  await page.goto(link);
  await expect(page.getByText("This RSVP was already cancelled.")).toBeVisible();
  await page.context().close();
});

test("without JavaScript a signed-in member RSVPs in one click and the page shows it on the next visit", async ({ page: withScript }) => {
  await signIn(withScript, "member@example.org");
  const mine = await withScript.request.get("/api/me/rsvps").then((r) => r.json() as Promise<{ items: { action: { id: string } }[] }>);
  const taken = new Set(mine.items.map((i) => i.action.id));
  const rally = (await rallies(withScript.request)).filter((a) => hasRoom(a) && !taken.has(a.id))[3];
  const page = await noScriptPage(await withScript.context().storageState());
  await page.goto(`/en/actions/${rally.slug}`);
  const form = plainForm(page);
  await expect(form.block).toContainText("One click: we use your account, nobody else sees it.");
  await expect(form.field("name")).toHaveCount(0);
  await form.submit.click();
  await expect(page).toHaveURL(/\?rsvp=GOING$/);
  await expect(plainForm(page).status).toHaveText("You're going.");
  await page.goto(`/en/actions/${rally.slug}`);
  await expect(plainForm(page).status).toHaveText("You're going.");
  await expect(plainForm(page).block.locator('input[name="name"]')).toHaveCount(0);
  // Signed in, cancelling is one button here, as with JavaScript.
  await plainForm(page).block.locator("button[type=submit]", { hasText: "Cancel my RSVP" }).click();
  await expect(page).toHaveURL(/\?withdrawn=rsvp$/);
  await expect(plainForm(page).block.locator('[role="status"]')).toHaveText("Your RSVP is cancelled.");
  await expect(plainForm(page).submit).toHaveText("I'll be there");

  // Again, and this time cancelled from My RSVPs, which has a plain cancel button per RSVP too.
  await plainForm(page).submit.click();
  await expect(plainForm(page).status).toHaveText("You're going.");
  await page.goto("/en/me/rsvps");
  const item = page.locator("li").filter({ has: page.getByRole("link", { name: rally.title }) });
  await expect(item.locator("button.p-js-only")).toBeHidden();
  await item.locator("form button", { hasText: "Cancel my RSVP" }).click();
  await expect(page).toHaveURL(/\/en\/me\/rsvps\?withdrawn=rsvp$/);
  await expect(page.getByRole("status")).toHaveText("Your RSVP is cancelled.");
  await expect(page.getByRole("link", { name: rally.title })).toHaveCount(0);
  await page.context().close();
});

test("without JavaScript people sign in with a password (a wrong one is explained), and nothing typed reaches the address bar", async () => {
  const page = await noScriptPage();
  await page.goto("/en/sign-in?callbackUrl=%2Fen%2Fme%2Frsvps");
  const form = page.locator("form").filter({ has: page.locator('input[name="password"]') });
  await form.locator('input[name="email"]').fill("member@example.org");
  await form.locator('input[name="password"]').fill("a secret passphrase");
  await form.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/sign-in\?passwordError=UNAUTHENTICATED$/);
  expect(page.url()).not.toMatch(/passphrase|member/);
  await expect(page.locator(".auth-card [role=alert]").first()).toHaveText("The email or password is not correct.");

  await page.goto("/en/sign-in?callbackUrl=%2Fen%2Fme%2Frsvps");
  await form.locator('input[name="email"]').fill("member@example.org");
  await form.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await form.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/me\/rsvps$/);
  await expect(page.getByRole("heading", { level: 1, name: "My RSVPs" })).toBeVisible();
  // And out again: the header's sign-out is a form, so it works without JavaScript too.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole("navigation", { name: "Your account" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await page.context().cookies()).filter((c) => /session/i.test(c.name) && c.value)).toEqual([]);
  await page.context().close();
});

test("without JavaScript people join a boycott (with an email, or signed in) and a signed-in member withdraws", async ({ page: withScript }) => {
  const { items } = (await (await withScript.request.get("/api/actions?kind=BOYCOTT&limit=100")).json()) as { items: { slug: string }[] };
  const boycott = items[items.length - 1];
  const email = uniqueEmail("noscript-boycott");
  const guest = await noScriptPage();
  await guest.goto(`/en/actions/${boycott.slug}`);
  const block = guest.locator(".p-block--boycott .p-noscript");
  await expect(guest.locator(".p-block--boycott").getByText("Loading…")).toBeHidden();
  await expect(block).toContainText("Leave your email to get a link to withdraw later");
  await expect(block.locator('input[name="email"]')).toHaveAccessibleName("Email");
  await block.locator('input[name="email"]').fill(email);
  await block.locator("button[type=submit]").click();
  await expect(guest).toHaveURL(/\?commitment=1&mailed=1$/);
  await expect(guest.locator(".p-block--boycott .p-noscript [role=status]")).toHaveText("You're boycotting. Thank you for standing with us. We emailed you a link to withdraw.");
  expect((await mailTo(withScript, email)).text).toMatch(/\/en\/rsvps\/cancel\?commitment=/);
  await guest.context().close();

  await signIn(withScript, "member@example.org");
  const member = await noScriptPage(await withScript.context().storageState());
  await member.goto(`/en/actions/${boycott.slug}`);
  const mine = member.locator(".p-block--boycott .p-noscript");
  // Signed in but not yet joined (the demo member may have joined through the API in another journey: withdraw first).
  if ((await mine.locator("button", { hasText: "Withdraw" }).count()) > 0) await mine.locator("button", { hasText: "Withdraw" }).click();
  await member.locator(".p-block--boycott .p-noscript button", { hasText: "I'm boycotting" }).click();
  await expect(member).toHaveURL(/\?commitment=1$/);
  await member.goto(`/en/actions/${boycott.slug}`);
  await expect(member.locator(".p-block--boycott .p-noscript [role=status]")).toHaveText("You're boycotting. Thank you for standing with us.");
  await member.locator(".p-block--boycott .p-noscript button", { hasText: "Withdraw" }).click();
  await expect(member).toHaveURL(/\?withdrawn=commitment$/);
  await expect(member.locator(".p-block--boycott .p-noscript [role=status]")).toHaveText("You have withdrawn from this boycott.");
  await member.context().close();
});

test("without JavaScript a guest pledges to a donation drive and takes it back through the mailed link", async ({ page: withScript }) => {
  type Detail = { slug: string; status: string; drive: { currency: string | null } | null };
  const { items } = (await (await withScript.request.get("/api/actions?kind=DONATION_DRIVE&limit=100")).json()) as { items: { id: string }[] };
  // Not the last drive: another journey counts exact totals on that one, side by side with this.
  const details = await Promise.all(items.slice(0, -1).map(async ({ id }) => (await (await withScript.request.get(`/api/actions/${id}`)).json()) as Detail));
  const drive = details.find((d) => d.status === "PUBLISHED" && d.drive?.currency)!;
  const email = uniqueEmail("noscript-pledge");
  const page = await noScriptPage();
  await page.goto(`/en/actions/${drive.slug}`);
  const block = page.locator(".p-block--pledge .p-noscript");
  // The interactive form cannot work without JavaScript, so only the plain one is shown.
  await expect(page.locator(".p-block--pledge form.p-js-only")).toBeHidden();
  await expect(block.locator('input[name="amount"]')).toHaveAccessibleName(`Amount (${drive.drive!.currency})`);
  await block.locator('input[name="amount"]').fill("7,5");
  await block.locator('input[name="displayName"]').fill("No Script Donor");
  await block.locator('input[name="email"]').fill(email);
  await block.locator("button[type=submit]").click();
  await expect(page).toHaveURL(/\?pledge=1&mailed=1$/);
  await expect(page.locator(".p-block--pledge .p-noscript [role=status]")).toHaveText("Thank you! Your pledge is recorded. We sent you a link to withdraw it later.");

  const mail = await mailTo(withScript, email);
  const link = /(https?:\/\/\S+\/en\/rsvps\/cancel\?\S+)/.exec(mail.text)![1];
  expect(link).toContain("pledge=");
  await page.goto(link);
  await page.locator(".p-noscript button[type=submit]", { hasText: "Withdraw my pledge" }).click();
  await expect(page.getByRole("status")).toHaveText("Your pledge is withdrawn.");
  await page.context().close();
});

test("the plain forms meet the same accessibility bar (axe, English and Arabic)", async ({ page }) => {
  const rally = (await rallies(page.request)).filter((a) => hasRoom(a))[0];
  const { items } = (await (await page.request.get("/api/actions?kind=DONATION_DRIVE&limit=100")).json()) as { items: { slug: string }[] };
  for (const path of [`/en/actions/${rally.slug}`, `/ar/actions/${rally.slug}`, `/en/actions/${items[0].slug}`]) {
    await page.goto(path);
    // Changing the page before React has hydrated it is a hydration mismatch (#418) of the test's
    // own making: wait until React owns the <noscript> blocks (it marks its nodes) first.
    await page.waitForFunction(() => {
      const blocks = [...document.querySelectorAll("noscript")].filter((n) => n.textContent?.includes("<form"));
      return blocks.length > 0 && blocks.every((n) => Object.keys(n).some((k) => k.startsWith("__reactFiber$")));
    });
    // axe needs scripts, and with scripts on <noscript> is only text: put its markup in the page as it would be.
    const unwrapped = await page.evaluate(() => {
      const blocks = [...document.querySelectorAll("noscript")].filter((n) => n.textContent?.includes("<form"));
      for (const n of blocks) {
        const div = document.createElement("div");
        div.innerHTML = n.textContent ?? "";
        n.replaceWith(div);
      }
      return blocks.length;
    });
    expect(unwrapped, path).toBeGreaterThan(0);
    expect(await seriousViolations(page), path).toEqual([]);
  }
});
