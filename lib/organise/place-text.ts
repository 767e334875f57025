import type { Locale } from "../i18n/locales";
import { appUrl } from "../env";

/** Venue and address for mails, only when the location is public; hidden ones stay on the page. */
export function placeText(a: { mode: string; locationPrivacy: string; venue: string | null; address: string | null; onlineUrl?: string | null }): string | null {
  if (a.mode === "ONLINE") return a.onlineUrl ?? null;
  if (a.locationPrivacy !== "EXACT") return null;
  const parts = [a.venue, a.address].filter((p): p is string => !!p);
  return parts.length ? parts.join(", ") : null;
}

export function actionUrl(locale: Locale, slug: string): string {
  return `${appUrl()}/${locale}/actions/${slug}`;
}
