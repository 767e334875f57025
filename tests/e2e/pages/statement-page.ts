import type { Locator, Page } from "@playwright/test";

/** A statement page with its translation switcher and the site's language switcher. */
export class StatementPage {
  readonly title: Locator;
  readonly siteLanguages: Locator;
  readonly translations: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole("heading", { level: 1 });
    this.siteLanguages = page.locator("nav.locale-switcher");
    this.translations = page.locator("nav.translation-switcher");
  }

  async goto(slug: string, locale = "en") {
    await this.page.goto(`/${locale}/statements/${slug}`);
  }

  async switchSiteLanguage(name: string) {
    await this.siteLanguages.getByRole("link", { name, exact: true }).click();
  }
}
