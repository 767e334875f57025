import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

export function OrganiseBreadcrumb({ locale, t, trail = [] }: { locale: Locale; t: Translate; trail?: { href?: string; label: string }[] }) {
  return (
    <nav aria-label={t("organise.nav.breadcrumb")} className="org-breadcrumb">
      <ol>
        <li>
          <Link href={`/${locale}/organise`}>{t("organise.nav.dashboard")}</Link>
        </li>
        {trail.map((item, i) => (
          <li key={i}>{item.href ? <Link href={item.href}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}
