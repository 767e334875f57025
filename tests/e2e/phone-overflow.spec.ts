import { test } from "./helpers/test";
import { expectNoOverflow } from "./helpers/overflow";
import { signIn } from "./helpers/sign-in";

/** No page scrolls sideways on a 390 px phone, left-to-right or right-to-left, signed out or in. */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const PUBLIC = [
  "",
  "/statements/mobilise-for-palestine-2024",
  "/chapters/hong-kong",
  "/sign-in",
  "/actions/winter-blankets-for-displaced-families-d251",
];
const AS = {
  "organiser@example.org": ["/organise", "/organise/actions/new"],
  "admin@example.org": ["/admin", "/admin/review"],
};
const LOCALES = ["en", "ar"];

test("public pages fit a 390 px screen in English and Arabic", async ({ page }) => {
  for (const locale of LOCALES) for (const path of PUBLIC) await expectNoOverflow(page, `/${locale}${path}`);
});

for (const [email, paths] of Object.entries(AS)) {
  test(`${email.split("@")[0]}'s pages fit a 390 px screen in English and Arabic`, async ({ page }) => {
    await signIn(page, email);
    for (const locale of LOCALES) for (const path of paths) await expectNoOverflow(page, `/${locale}${path}`);
  });
}
