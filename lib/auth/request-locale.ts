import { AsyncLocalStorage } from "node:async_hooks";
import { isLocale, type Locale } from "../i18n/locales";

// next-auth creates the account on the first magic-link sign-in without telling the adapter
// anything about the request; the route handler puts the sign-in form's language here so the
// new account starts in the language the person chose.
const store = new AsyncLocalStorage<Locale>();

export function withRequestLocale<T>(locale: Locale | null, fn: () => Promise<T>): Promise<T> {
  return locale ? store.run(locale, fn) : fn();
}

export function requestLocale(): Locale | undefined {
  return store.getStore();
}

/** The locale of an in-app callback URL ("/fr/me" or "https://host/fr/me"), if it has one. */
export function localeOfCallbackUrl(callbackUrl: string | null | undefined): Locale | null {
  if (!callbackUrl) return null;
  try {
    const first = new URL(callbackUrl, "http://x").pathname.split("/")[1];
    return isLocale(first) ? first : null;
  } catch {
    return null;
  }
}
