import type { Locator, Page } from "@playwright/test";

/** One public action page. */
export class ActionPage {
  readonly title: Locator;
  readonly calendarLink: Locator;
  readonly shareLink: Locator;
  /** When, where, the key figure and the kind's one call to action, at the top. */
  readonly cta: Locator;
  readonly ctaFigure: Locator;
  /** The participation panel the call to action jumps to. */
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole("heading", { level: 1 });
    this.calendarLink = page.getByRole("link", { name: "Add to calendar" });
    this.shareLink = page.getByLabel("Link to this action");
    this.cta = page.locator(".action-cta");
    this.ctaFigure = this.cta.locator(".action-cta__figure");
    this.panel = page.locator("#participate");
  }

  async goto(slug: string, locale = "en") {
    await this.page.goto(`/${locale}/actions/${slug}`);
  }

  section(name: string) {
    return this.page.getByRole("region", { name });
  }

  /** The call to action itself: "I'll be there", "Pledge" or "I'm boycotting". */
  ctaButton(name: string) {
    return this.cta.getByRole("link", { name, exact: true });
  }

  /** Page width beyond the screen: 0 when nothing makes the page scroll sideways. */
  horizontalOverflow() {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }
}
