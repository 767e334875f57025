import { expect, test } from "./helpers/test";
import { signIn } from "./helpers/sign-in";
import { hasRoom, isFull, mailTo, rallies, rsvpPanel, uniqueEmail } from "./helpers/people";

test("a guest RSVPs with name and email, gets the confirmation mail, and its cancel link works", async ({ page }) => {
  const rally = (await rallies(page.request)).filter((a) => hasRoom(a))[0];
  const email = uniqueEmail("guest");
  await page.goto(`/en/actions/${rally.slug}`);
  const panel = rsvpPanel(page);
  await panel.getByLabel("With my name and email").check();
  await panel.getByLabel("Your name", { exact: true }).fill("Guest Journey");
  await panel.getByLabel("Email", { exact: true }).fill(email);
  await panel.getByLabel("People coming with you").fill("2");
  await panel.getByRole("button", { name: "I'll be there" }).click();
  await expect(panel.getByText("You're going, with 2 guests.")).toBeVisible();
  await expect(panel.getByText(`We sent a confirmation to ${email}.`)).toBeVisible();

  const mail = await mailTo(page, email);
  expect(mail.subject).toBe(`You're going: ${rally.title}`);
  const link = /(https?:\/\/\S+\/en\/rsvps\/cancel\?\S+)/.exec(mail.text)?.[1];
  expect(link).toContain("token=");
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1, name: "Cancel your response" })).toBeVisible();
  await expect(page.getByText(`You are about to cancel your RSVP for “${rally.title}”.`)).toBeVisible();
  await page.getByRole("button", { name: "Cancel my RSVP" }).click();
  await expect(page.getByRole("status")).toHaveText("Your RSVP is cancelled. Thank you for letting the organisers know.");
  // The link is spent: opening it again says so.
  await page.goto(link!);
  await expect(page.getByText("This RSVP was already cancelled.")).toBeVisible();
  // Back on the action page the form is offered again.
  await page.goto(`/en/actions/${rally.slug}`);
  await expect(rsvpPanel(page).getByRole("button", { name: "I'll be there" })).toBeVisible();
});

test("a headcount-only RSVP keeps no personal data and is cancelled from the same browser", async ({ page }) => {
  const rally = (await rallies(page.request)).filter((a) => hasRoom(a))[1];
  await page.goto(`/en/actions/${rally.slug}`);
  const panel = rsvpPanel(page);
  await panel.getByLabel("Just count me, anonymously").check();
  await expect(panel.getByLabel("Your name", { exact: true })).toHaveCount(0);
  await panel.getByRole("button", { name: "I'll be there" }).click();
  await expect(panel.getByText("You're going.", { exact: true })).toBeVisible();
  // The button pressed is gone; keyboard focus lands on the result instead of the page top.
  await expect(panel.locator(".p-result")).toBeFocused();
  await expect(panel.getByText("Your cancel code is kept in this browser only.")).toBeVisible();
  const stored = await page.evaluate((id) => localStorage.getItem(`mobilise:rsvp:${id}`), rally.id);
  expect(JSON.parse(stored!)).toMatchObject({ id: expect.any(String), token: expect.any(String) });

  // The browser remembers: a reload still shows the RSVP.
  await page.reload();
  await expect(rsvpPanel(page).getByText("You're going.", { exact: true })).toBeVisible();
  await rsvpPanel(page).getByRole("button", { name: "Cancel my RSVP" }).click();
  await expect(rsvpPanel(page).getByText("Your RSVP is cancelled.")).toBeVisible();
  await expect(rsvpPanel(page).getByRole("button", { name: "I'll be there" })).toBeVisible();
  expect(await page.evaluate((id) => localStorage.getItem(`mobilise:rsvp:${id}`), rally.id)).toBeNull();
});

test("a signed-in member RSVPs in one click and sees it on My RSVPs", async ({ page }) => {
  await signIn(page, "member@example.org");
  // A rally with room where this member has no RSVP yet (the demo data gives them some).
  let chosen = null;
  for (const a of (await rallies(page.request)).filter((x) => hasRoom(x)).slice(2)) {
    const me = await (await page.request.get(`/api/actions/${a.id}/me`)).json();
    if (me.signedIn && me.rsvp === null) {
      chosen = a;
      break;
    }
  }
  expect(chosen).not.toBeNull();
  await page.goto(`/en/actions/${chosen!.slug}`);
  const panel = rsvpPanel(page);
  await expect(panel.getByText("One click: we use your account, nobody else sees it.")).toBeVisible();
  await expect(panel.getByLabel("Your name", { exact: true })).toHaveCount(0);
  await panel.getByRole("button", { name: "I'll be there" }).click();
  await expect(panel.getByText("You're going.", { exact: true })).toBeVisible();

  await page.goto("/en/me/rsvps");
  await expect(page.getByRole("heading", { level: 1, name: "My RSVPs" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: chosen!.title, exact: true }) });
  await expect(item.getByText("Going")).toBeVisible();
  await item.getByRole("button", { name: `Cancel my RSVP: ${chosen!.title}` }).click();
  await expect(page.getByRole("link", { name: chosen!.title, exact: true })).toHaveCount(0);
});

test("a full rally puts a new RSVP on the waitlist and shows its position", async ({ page }) => {
  const full = (await rallies(page.request)).find(isFull);
  expect(full?.slug, "the demo data has a full rally").toEqual(expect.any(String));
  await page.goto(`/en/actions/${full!.slug}`);
  const panel = rsvpPanel(page);
  await expect(panel.getByText("This action is full.", { exact: false })).toBeVisible();
  await panel.getByLabel("Just count me, anonymously").check();
  await panel.getByRole("button", { name: "I'll be there" }).click();
  await expect(panel.getByText(/^You're on the waitlist, position \d+\.$/)).toBeVisible();
  const position = Number(/position (\d+)/.exec(await panel.getByText(/^You're on the waitlist/).innerText())![1]);
  expect(position).toBeGreaterThan(full!.counts.waitlisted);
  await panel.getByRole("button", { name: "Cancel my RSVP" }).click();
  await expect(panel.getByText("Your RSVP is cancelled.")).toBeVisible();
});

test("an organiser sees the attendee list of their chapter's action; a member and another chapter's organiser do not", async ({ browser, request }) => {
  const rally = (await rallies(request, { chapter: "hong-kong", anyPlace: true })).find((a) => hasRoom(a, 2));
  expect(rally?.chapter.slug, "a Hong Kong rally with room").toBe("hong-kong");
  const name = `Attendee ${Date.now()}`;
  const email = uniqueEmail("attendee");
  const made = await request.post(`/api/actions/${rally!.id}/rsvps`, { data: { name, email } });
  expect(made.status()).toBe(201);

  const organiser = await (await browser.newContext()).newPage();
  await signIn(organiser, "organiser@example.org");
  await organiser.goto(`/en/rsvps/attendees/${rally!.id}`);
  await expect(organiser.getByRole("heading", { level: 1 })).toContainText("Attendees");
  await expect(organiser.getByRole("cell", { name, exact: true })).toBeVisible();
  await expect(organiser.getByRole("cell", { name: email, exact: true })).toBeVisible();
  expect((await organiser.request.get(`/api/actions/${rally!.id}/attendees`)).status()).toBe(200);

  for (const outsider of ["member@example.org", "organiser2@example.org"]) {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, outsider);
    const api = await page.request.get(`/api/actions/${rally!.id}/attendees`);
    expect(api.status(), outsider).toBe(403);
    expect(await api.text()).not.toContain(email);
    await page.goto(`/en/rsvps/attendees/${rally!.id}`);
    await expect(page.getByText("Only organisers of this action's chapter can see its attendees.")).toBeVisible();
    await expect(page.getByText(email)).toHaveCount(0);
    await page.context().close();
  }
  // The public action page never shows attendee names or emails.
  const anon = await (await browser.newContext()).newPage();
  await anon.goto(`/en/actions/${rally!.slug}`);
  await expect(anon.getByText(name)).toHaveCount(0);
  expect(await anon.content()).not.toContain(email);
  await organiser.context().close();
  await anon.context().close();
});
