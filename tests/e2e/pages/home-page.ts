import type { Locator, Page } from "@playwright/test";
import { expect } from "../helpers/test";

/** The map-and-list home page, as a visitor sees it (English labels). */
export class HomePage {
  readonly filters: Locator;
  readonly near: Locator;
  readonly results: Locator;
  readonly cards: Locator;
  readonly markers: Locator;
  readonly map: Locator;

  constructor(readonly page: Page) {
    this.filters = page.getByRole("form", { name: "Filter actions" });
    this.near = page.getByRole("form", { name: "Near me" });
    this.results = page.locator(".discover__results");
    this.cards = this.results.locator(".action-card");
    this.markers = page.locator(".leaflet-marker-icon");
    this.map = page.locator(".discovery-map .leaflet-container");
  }

  async goto(query = "", locale = "en") {
    await this.page.goto(`/${locale}${query}`);
  }

  /** The lazy map is there and has drawn at least one cluster or pin. */
  async waitForMap() {
    await expect(this.map).toBeVisible();
    await expect(this.markers.first()).toBeVisible();
  }

  /**
   * The map has finished moving: its pane has kept one position for ten animation frames and no
   * zoom animation runs, so Leaflet has fired the move's moveend.
   */
  async waitForMapAtRest() {
    await this.page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const pane = document.querySelector<HTMLElement>(".discovery-map .leaflet-map-pane");
          const state = () => `${pane?.style.transform}|${document.querySelector(".leaflet-zoom-anim") ? "anim" : ""}|${document.querySelector(".leaflet-proxy")?.getAttribute("style")}`;
          const first = state();
          let frames = 0;
          const check = () => {
            if (state() !== first || first.includes("|anim|")) return resolve(false);
            if (++frames >= 10) return resolve(true);
            requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
      undefined,
      { polling: 100 },
    );
  }

  /** The filters sit in a disclosure that is closed until a filter is applied. */
  async openFilters() {
    await this.open(this.page.locator("details.filter-panel"));
  }

  /** "Near me" is a disclosure too, closed until a place is chosen. */
  async openNear() {
    await this.open(this.page.locator("details.near-panel"));
  }

  private async open(panel: Locator) {
    if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) await panel.locator("> summary").click();
  }

  /** "64 actions": how many match in all, while the list shows one page. */
  count() {
    return this.page.locator("#results-count");
  }

  /** The "Show more" link under the list (a plain link to the next page). */
  showMore() {
    return this.results.getByRole("link", { name: "Show more" });
  }

  async filterByKind(label: string) {
    await this.openFilters();
    await this.filters.getByLabel("Kind").selectOption({ label });
    await this.filters.getByRole("button", { name: "Show actions" }).click();
  }

  /** Types into the gazetteer box and picks the first suggestion that starts with `option`. */
  async chooseTown(typed: string, option: RegExp) {
    await this.openNear();
    const box = this.near.getByRole("combobox", { name: "Town or city" });
    await box.fill(typed);
    await this.page.getByRole("option", { name: option }).first().click();
  }

  async distancesKm(): Promise<number[]> {
    const texts = await this.results.locator(".action-card__distance").allInnerTexts();
    return texts.map((t) => Number.parseFloat(t.replace(/[^\d.]/g, "")));
  }

  heading() {
    return this.page.locator("#results-heading");
  }

  actionLinks() {
    return this.cards.locator(".action-card__title a");
  }
}
