import { expect, expectFailedLoad, test } from "./helpers/test";
import AxeBuilder from "@axe-core/playwright";
import { signIn, signOut } from "./helpers/sign-in";

test("a demo member signs in with a password and sees the account page", async ({ page }) => {
  await signIn(page, "member@example.org");
  await expect(page).toHaveURL(/\/en\/me$/);
  await expect(page.getByRole("heading", { level: 1, name: "My account" })).toBeVisible();
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue("member@example.org");
  await expect(page.getByText("This device")).toBeVisible();
  await expect(page.getByRole("link", { name: "My RSVPs" })).toHaveAttribute("href", "/en/me/rsvps");
  // A member organises nothing and is no admin.
  const menu = page.getByRole("navigation", { name: "Your account" });
  await expect(menu.getByRole("link", { name: "Organise" })).toHaveCount(0);
  await expect(menu.getByRole("link", { name: "Admin" })).toHaveCount(0);
});

test("organisers and admins get their links in the user menu", async ({ browser }) => {
  for (const [email, organise, admin] of [
    ["organiser@example.org", 1, 0],
    ["admin@example.org", 0, 1],
  ] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, email);
    const menu = page.getByRole("navigation", { name: "Your account" });
    await expect(menu.getByRole("link", { name: "Organise" })).toHaveCount(organise);
    await expect(menu.getByRole("link", { name: "Admin" })).toHaveCount(admin);
    await context.close();
  }
});

test("a wrong password says so without signing in", async ({ page }) => {
  await page.goto("/en/sign-in");
  const form = page.getByRole("form", { name: "Sign in with a password" });
  await form.getByLabel("Email", { exact: true }).fill("member@example.org");
  await form.getByLabel("Password", { exact: true }).fill("not-the-password");
  expectFailedLoad(401, "/api/auth/password", "the API answers a wrong password with 401, which the form explains");
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(form.getByRole("alert")).toHaveText("The email or password is not correct.");
  await expect(page).toHaveURL(/\/en\/sign-in/);
});

test("signing out ends the session on the server", async ({ page, context }) => {
  await signIn(page, "organiser2@example.org");
  const before = await context.cookies();
  expect(before.some((c) => c.name === "mobilise.session" && c.httpOnly && c.sameSite === "Lax")).toBe(true);
  const stolen = before.find((c) => c.name === "mobilise.session")!.value;
  await signOut(page);
  await expect(page).toHaveURL(/\/en$/);
  // The old cookie value is worthless now, even if someone had copied it.
  const res = await page.request.get("/api/me", { headers: { cookie: `mobilise.session=${stolen}` } });
  expect(res.status()).toBe(401);
  await page.goto("/en/me");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fme$/);
});

test("a magic link from the dev outbox signs a new person in, in their language", async ({ page }) => {
  const email = `e2e-link-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
  await page.goto("/fr/sign-in");
  const form = page.getByRole("form", { name: "Recevoir un lien de connexion par e-mail" });
  await form.getByLabel("E-mail", { exact: true }).fill(email);
  await form.getByRole("button", { name: "M’envoyer un lien de connexion" }).click();
  await expect(page).toHaveURL(/\/fr\/check-email$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultez vos e-mails");

  await page.goto("/en/dev/outbox");
  const mail = page.getByRole("article").filter({ hasText: email });
  await expect(mail.getByRole("heading")).toHaveText("Votre lien de connexion à mobilise");
  await mail.getByRole("link", { name: /\/api\/auth\/callback\/email\?/ }).click();

  await expect(page).toHaveURL(/\/fr\/me$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mon compte" })).toBeVisible();
  await expect(page.getByLabel("E-mail", { exact: true })).toHaveValue(email);
  await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
});

test("a used magic link shows the translated error page", async ({ page }) => {
  const email = `e2e-reuse-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
  const res = await page.request.post("/api/auth/magic-link", { data: { email, locale: "en" } });
  expect(res.status()).toBe(200);
  await page.goto("/en/dev/outbox");
  const href = await page.getByRole("article").filter({ hasText: email }).getByRole("link").first().getAttribute("href");
  await page.goto(href!);
  await expect(page).toHaveURL(/\/en\/me$/);
  await page.context().clearCookies();
  await page.goto(href!);
  await expect(page).toHaveURL(/\/auth-error\?error=Verification$/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("This sign-in link has expired or was already used. Ask for a new one.");
});

test("sign-in and account pages have no axe violations, in English and in Arabic", async ({ page }) => {
  for (const path of ["/en/sign-in", "/ar/sign-in", "/en/check-email", "/en/auth-error?error=Verification"]) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
  await signIn(page, "organiser@example.org");
  for (const path of ["/en/me", "/ar/me"]) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});
