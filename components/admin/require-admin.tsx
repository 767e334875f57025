import { forbidden, redirect } from "next/navigation";
import type { ReactElement } from "react";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { isAdmin } from "@/lib/auth/policy";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Every admin layout AND page calls this: Next renders layouts and pages in parallel, so a check
 * in the layout alone would not protect a page's data. Anonymous visitors go to sign-in and come
 * back; signed-in non-admins get HTTP 403 with the "administrators only" page (admin/forbidden.tsx).
 */
export async function guardAdmin(locale: Locale, path: string): Promise<{ user: CurrentUser; denied: null } | { user: null; denied: ReactElement }> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}${path}`)}`);
  if (isAdmin(user)) return { user, denied: null };
  forbidden();
}
