import { appUrl } from "../env";
import type { Locale } from "../i18n/locales";
import { callbackPathSchema } from "./schemas";

/** Where to go after signing in: an in-app path from the query, else the account page. Never another site. */
export function safeCallbackPath(raw: string | string[] | undefined, locale: Locale): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  const path = value ? toPath(value) : null;
  return path && callbackPathSchema.safeParse(path).success ? path : `/${locale}/me`;
}

// next-auth hands back absolute URLs on our own origin; keep only their path.
function toPath(value: string): string | null {
  if (value.startsWith("/")) return value.startsWith("//") ? null : value;
  try {
    const url = new URL(value);
    return url.origin === new URL(appUrl()).origin ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}
