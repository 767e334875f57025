import "./als-global";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external.js";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external.js";
import { HeadersAdapter } from "next/dist/server/web/spec-extension/adapters/headers.js";
import { RequestCookiesAdapter } from "next/dist/server/web/spec-extension/adapters/request-cookies.js";
import { RequestCookies } from "next/dist/server/web/spec-extension/cookies.js";

/**
 * Runs a handler the way Next's server would as far as `headers()` and `cookies()` are
 * concerned. Our own routes read the Request directly; next-auth's route handler insists on
 * Next's request-scoped APIs, so without this it could only be tested through a live server.
 */
export function inNextRequestScope<T>(req: Request, fn: () => Promise<T>): Promise<T> {
  const headers = HeadersAdapter.seal(new Headers(req.headers));
  const cookies = RequestCookiesAdapter.seal(new RequestCookies(new Headers(req.headers)));
  const workStore = { route: new URL(req.url).pathname, forceStatic: false, dynamicShouldError: false, isStaticGeneration: false };
  const unitStore = { type: "private-cache", phase: "render", headers, cookies };
  return (workAsyncStorage.run as (s: unknown, f: () => Promise<T>) => Promise<T>)(workStore, () =>
    (workUnitAsyncStorage.run as (s: unknown, f: () => Promise<T>) => Promise<T>)(unitStore, fn),
  );
}
