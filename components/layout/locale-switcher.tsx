"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { LOCALES, LOCALE_NAMES, textDirection } from "@/lib/i18n/locales";
import { useI18n } from "@/components/i18n/i18n-provider";

/** Plain links (not a select) so it works without JavaScript and each language is announced in itself. */
export function LocaleSwitcher() {
  const { locale, t } = useI18n();
  const pathname = usePathname() ?? `/${locale}`;
  const search = useSearchParams()?.toString();
  const rest = pathname.split("/").slice(2).join("/");
  return (
    <nav aria-label={t("common.language")} className="locale-switcher">
      <ul>
        {LOCALES.map((l) => (
          <li key={l}>
            <a
              href={`/${l}${rest ? `/${rest}` : ""}${search ? `?${search}` : ""}`}
              lang={l}
              dir={textDirection(l)}
              hrefLang={l}
              aria-current={l === locale ? "true" : undefined}
            >
              {LOCALE_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
