"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";

const ITEMS = ["dashboard", "review", "reports", "users", "chapters", "statements", "audit"] as const;

export function AdminNav() {
  const { locale, t } = useI18n();
  const pathname = usePathname();
  const base = `/${locale}/admin`;
  return (
    <nav className="admin-nav" aria-label={t("admin.nav.label")}>
      <ul>
        {ITEMS.map((item) => {
          const href = item === "dashboard" ? base : `${base}/${item}`;
          const current = item === "dashboard" ? pathname === base : pathname.startsWith(href);
          return (
            <li key={item}>
              <Link href={href} aria-current={current ? "page" : undefined}>
                {t(`admin.nav.${item}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
