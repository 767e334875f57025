import Link from "next/link";
import { Suspense } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { UserMenu } from "@/components/auth/user-menu";
import { LocaleSwitcher } from "./locale-switcher";
import { MenuCloser } from "./menu-closer";

/**
 * One row on a phone: the name and a "Menu" disclosure holding the navigation, the account links
 * and the languages. A <details> opens without JavaScript and is announced as expandable; on wide
 * screens CSS shows its contents in the row and hides the toggle (see globals.css).
 */
export function SiteHeader({ locale, t }: { locale: Locale; t: Translate }) {
  return (
    <header className="site-header">
      <Link href={`/${locale}`} className="brand">
        {t("common.appName")}
      </Link>
      <details className="site-menu">
        <summary className="site-menu__toggle">{t("common.nav.menu")}</summary>
        <div className="site-menu__panel">
          <nav aria-label={t("common.nav.main")} className="main-nav">
            <ul>
              <li>
                <Link href={`/${locale}`}>{t("common.nav.home")}</Link>
              </li>
              <li>
                <Link href={`/${locale}/statements`}>{t("common.nav.statements")}</Link>
              </li>
              <li>
                <Link href={`/${locale}/chapters`}>{t("common.nav.chapters")}</Link>
              </li>
            </ul>
          </nav>
          <Suspense fallback={null}>
            <UserMenu locale={locale} t={t} />
          </Suspense>
          <Suspense fallback={null}>
            <LocaleSwitcher />
            <MenuCloser />
          </Suspense>
        </div>
      </details>
    </header>
  );
}
