import { forbidden, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { can, translatorLocales } from "@/lib/auth/policy";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * Translators and admins only (of `target`, when given): anonymous visitors sign in and come
 * back; anyone else gets a 403.
 */
export async function requireTranslator(locale: Locale, path: string, target?: string): Promise<{ user: CurrentUser; locales: string[] }> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}${path}`)}`);
  const locales = translatorLocales(user, LOCALES);
  if (!locales.length || (target && !can(user, "translation.submit", { locale: target }))) forbidden();
  return { user, locales };
}
