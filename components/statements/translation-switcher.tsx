import Link from "next/link";
import { languageName } from "@/lib/discovery-ui/language-name";
import { isLocale, LOCALE_NAMES, textDirection, type Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

/** Links (so it works without JavaScript) to each translation, each named in its own language. */
export function TranslationSwitcher({ slug, available, current, locale, t }: { slug: string; available: string[]; current: string; locale: Locale; t: Translate }) {
  return (
    <nav className="translation-switcher" aria-label={t("statement.readIn")}>
      <span className="translation-switcher__label" aria-hidden="true">
        {t("statement.readIn")}:
      </span>
      <ul>
        {available.map((code) => (
          <li key={code}>
            <Link
              href={`/${locale}/statements/${slug}?text=${code}`}
              lang={code}
              hrefLang={code}
              dir={isLocale(code) ? textDirection(code) : undefined}
              aria-current={code === current ? "true" : undefined}
            >
              {isLocale(code) ? LOCALE_NAMES[code] : languageName(code, code as Locale)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
