import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAdmin, organisedChapterIds } from "@/lib/auth/policy";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { SignOutButton } from "./sign-out-button";
import "./auth.css";

/** The header's account links, from the database session of this request. */
export async function UserMenu({ locale, t }: { locale: Locale; t: Translate }) {
  const user = await getCurrentUser();
  return (
    <nav aria-label={t("auth.menu.label")} className="user-menu">
      <ul>
        {user ? (
          <>
            <li>
              <Link href={`/${locale}/me`}>{t("common.nav.account")}</Link>
            </li>
            {organisedChapterIds(user).length > 0 ? (
              <li>
                <Link href={`/${locale}/organise`}>{t("common.nav.organise")}</Link>
              </li>
            ) : null}
            {isAdmin(user) || user.translations?.length ? (
              <li>
                <Link href={`/${locale}/translate`}>{t("common.nav.translate")}</Link>
              </li>
            ) : null}
            {isAdmin(user) ? (
              <li>
                <Link href={`/${locale}/admin`}>{t("common.nav.admin")}</Link>
              </li>
            ) : null}
            <li>
              <SignOutButton />
            </li>
          </>
        ) : (
          <li>
            <Link href={`/${locale}/sign-in`}>{t("common.nav.signIn")}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
