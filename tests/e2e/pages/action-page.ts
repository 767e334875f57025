import type { Locator, Page } from "@playwright/test";

/** One public action page. */
export class ActionPage {
  readonly title: Locator;
  readonly calendarLink: Locator;
  readonly shareLink: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole("heading", { level: 1 });
    this.calendarLink = page.getByRole("link", { name: "Add to calendar" });
    this.shareLink = page.getByLabel("Link to this action");
  }

  async goto(slug: string, locale = "en") {
    await this.page.goto(`/${locale}/actions/${slug}`);
  }

  section(name: string) {
    return this.page.getByRole("region", { name });
  }
}
