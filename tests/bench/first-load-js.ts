import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/chromium";

export type PageJs = { path: string; scripts: number; initialKb: number; totalKb: number; map: boolean };

/**
 * JavaScript a first visit downloads, as Chromium counts it (CDP encodedDataLength: compressed
 * bytes on the wire, headers included), with an empty cache. `initial` is what the HTML itself
 * loads; `total` adds what loads by itself afterwards (the lazy map) until the network is idle.
 */
export async function firstLoadJs(baseUrl: string, paths: string[]): Promise<PageJs[]> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("no Chromium (apt-get install -y chromium)");
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const out: PageJs[] = [];
    for (const path of paths) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      const scripts = new Map<string, { url: string; bytes: number; afterLoad: boolean }>();
      let loaded = false;
      cdp.on("Network.responseReceived", (e) => {
        if (e.type === "Script") scripts.set(e.requestId, { url: e.response.url, bytes: 0, afterLoad: loaded });
      });
      cdp.on("Network.loadingFinished", (e) => {
        const s = scripts.get(e.requestId);
        if (s) s.bytes = e.encodedDataLength;
      });
      await page.goto(`${baseUrl}${path}`, { waitUntil: "load" });
      loaded = true;
      await page.waitForLoadState("networkidle");
      const list = [...scripts.values()];
      const kb = (xs: typeof list) => Math.round(xs.reduce((s, x) => s + x.bytes, 0) / 100) / 10;
      const map = (await page.locator(".leaflet-container").count()) > 0;
      out.push({ path, scripts: list.length, initialKb: kb(list.filter((s) => !s.afterLoad)), totalKb: kb(list), map });
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}
