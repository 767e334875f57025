import { formText, type HtmlFormSpec } from "../api/html-form";
import { isLocale } from "../i18n/locales";
import { safeCallbackPath } from "./callback-path";

const localeOf = (f: URLSearchParams) => {
  const l = f.get("locale");
  return isLocale(l) ? l : "en";
};

/**
 * Signing in without JavaScript. A password that works sets the session cookie on the 303 to the
 * page that was asked for; a wrong one comes back to the sign-in page as `?passwordError=…`.
 */
export const passwordHtmlForm: HtmlFormSpec<{ email?: string; password?: string }> = {
  name: "password",
  body: (f) => ({ email: formText(f, "email"), password: f.get("password") ?? undefined }),
  outcome: () => ({}),
  successPath: (f) => safeCallbackPath(f.get("callbackUrl") ?? undefined, localeOf(f)),
};

/** The sign-in link without JavaScript: on to "check your email", or back with `?magicLinkError=…`. */
export const magicLinkHtmlForm: HtmlFormSpec<{ email?: string; locale?: string; callbackUrl?: string }> = {
  name: "magicLink",
  body: (f) => ({ email: formText(f, "email"), locale: localeOf(f), callbackUrl: formText(f, "callbackUrl") }),
  outcome: () => ({}),
  successPath: (f) => `/${localeOf(f)}/check-email`,
};

/** Signing out without JavaScript: the cookie is cleared on the 303 home. */
export const signOutHtmlForm: HtmlFormSpec<Record<string, never>> = {
  name: "signOut",
  body: () => ({}),
  outcome: () => ({}),
  successPath: (f) => `/${localeOf(f)}`,
};
