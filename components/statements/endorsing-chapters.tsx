import Link from "next/link";
import type { StatementDetail } from "@/lib/discovery";
import { regionName } from "@/lib/discovery-ui/language-name";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

export function EndorsingChapters({ chapters, locale, t }: { chapters: StatementDetail["endorsingChapters"]; locale: Locale; t: Translate }) {
  return (
    <section aria-labelledby="endorsed-heading">
      <h2 id="endorsed-heading">{t("statement.endorsedHeading")}</h2>
      {chapters.length ? (
        <ul className="chapter-chips">
          {chapters.map((c) => (
            <li key={c.slug}>
              <Link href={`/${locale}/chapters/${c.slug}`}>{c.name}</Link>{" "}
              <span className="muted">{t("chapter.city", { city: c.city, country: regionName(c.countryCode, locale) })}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("statement.noEndorsements")}</p>
      )}
    </section>
  );
}
