import { test as base, expect, type Browser, type BrowserContext, type ConsoleMessage } from "@playwright/test";

export { expect };

/**
 * The `test` every journey uses: it fails when any page the test opened logs a console error or
 * throws (`pageerror`), so a hydration mismatch or an unhandled rejection cannot pass unnoticed.
 * Pages come from the `context` fixture, from `browser.newContext()` / `browser.newPage()` inside
 * a test, or from a browser a spec launched itself (pass its contexts to `watchContext`).
 */

/** A console error a journey provokes on purpose; `reason` says why the browser must log it. */
type ExpectedConsoleError = { text: RegExp; reason: string };

type Sink = { problems: string[]; expected: ExpectedConsoleError[] };

// One test runs at a time in a worker process: contexts report to the running test's sink.
let current: Sink | null = null;
const watched = new WeakSet<BrowserContext>();

function describe(message: ConsoleMessage) {
  const { url, lineNumber } = message.location();
  return `console error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ""}`;
}

/** Reports console errors and uncaught page errors of every page in `context` to the running test. */
export function watchContext(context: BrowserContext): BrowserContext {
  if (watched.has(context)) return context;
  watched.add(context);
  context.on("console", (message) => {
    if (message.type() !== "error" || !current) return;
    const line = describe(message);
    if (!current.expected.some((e) => e.text.test(line))) current.problems.push(line);
  });
  context.on("weberror", (error) => current?.problems.push(`pageerror: ${error.error().stack ?? error.error().message}`));
  return context;
}

/**
 * Chromium logs every response of 400 or more to the console, even one the page handles: a test
 * that provokes one on purpose (a refused page, a wrong password) declares it, with its reason,
 * before it happens. Only that status for that path of our own server is let through.
 */
/** Any other console error a test provokes on purpose (a blocked cross-origin request, say). */
export function expectConsoleError(text: RegExp, reason: string) {
  if (!current) throw new Error("expectConsoleError is for use inside a test");
  current.expected.push({ text, reason });
}

export function expectFailedLoad(status: number, pathname: string, reason: string, { prefix = false } = {}) {
  if (!current) throw new Error("expectFailedLoad is for use inside a test");
  // `prefix`: every address under `pathname` (map tiles: /api/tiles/…).
  const escaped = pathname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + (prefix ? "[^ ]*" : "");
  current.expected.push({ text: new RegExp(`^console error: Failed to load resource: the server responded with a status of ${status} \\(.*\\) \\(http://127\\.0\\.0\\.1:\\d+${escaped}:\\d+\\)$`), reason });
}

/** Makes contexts (and the pages they hold) that a test creates from `browser` report too. */
function watchBrowser(browser: Browser): () => void {
  const { newContext, newPage } = browser;
  browser.newContext = async (...args) => watchContext(await newContext.apply(browser, args));
  browser.newPage = async (...args) => {
    const page = await newPage.apply(browser, args);
    watchContext(page.context());
    return page;
  };
  return () => {
    browser.newContext = newContext;
    browser.newPage = newPage;
  };
}

export const test = base.extend<{ failOnBrowserErrors: void }>({
  context: async ({ context }, provide) => {
    await provide(watchContext(context));
  },
  failOnBrowserErrors: [
    async ({ browser }, runTest) => {
      const sink: Sink = { problems: [], expected: [] };
      current = sink;
      const restore = watchBrowser(browser);
      try {
        await runTest();
      } finally {
        restore();
        current = null;
      }
      expect(sink.problems, "console errors and page errors in the browser").toEqual([]);
    },
    { auto: true },
  ],
});
