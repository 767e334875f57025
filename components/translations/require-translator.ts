import { forbidden, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { translatorLocales } from "@/lib/auth/policy";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

/** Translators and admins only: anonymous visitors sign in and come back; anyone else gets a 403. */
export async function requireTranslator(locale: Locale, path: string): Promise<{ user: CurrentUser; locales: string[] }> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}${path}`)}`);
  const locales = translatorLocales(user, LOCALES);
  if (!locales.length) forbidden();
  return { user, locales };
}
