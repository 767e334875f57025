import type { ChapterSummary } from "@/lib/discovery";
import { regionName } from "@/lib/discovery-ui/language-name";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { ChapterCard } from "./chapter-card";

export type ChapterSort = "country" | "name" | "actions";

/** Grouped under each country (named in the reader's language, in its collation), or one sorted list. */
export function ChapterDirectory({ chapters, sort, locale, t }: { chapters: ChapterSummary[]; sort: ChapterSort; locale: Locale; t: Translate }) {
  const collate = new Intl.Collator(locale).compare;
  if (sort !== "country") {
    const sorted = [...chapters].sort((a, b) => (sort === "actions" ? b.upcomingCount - a.upcomingCount : 0) || collate(a.name, b.name));
    return (
      <ul className="chapter-grid">
        {sorted.map((c) => (
          <li key={c.slug}>
            <ChapterCard chapter={c} locale={locale} t={t} headingLevel={2} />
          </li>
        ))}
      </ul>
    );
  }
  const groups = new Map<string, ChapterSummary[]>();
  for (const c of chapters) {
    const country = regionName(c.countryCode, locale);
    groups.set(country, [...(groups.get(country) ?? []), c]);
  }
  return (
    <>
      {[...groups.entries()]
        .sort(([a], [b]) => collate(a, b))
        .map(([country, list]) => (
          <section key={country} aria-label={country} className="chapter-group">
            <h2>{country}</h2>
            <ul className="chapter-grid">
              {list
                .sort((a, b) => collate(a.name, b.name))
                .map((c) => (
                  <li key={c.slug}>
                    <ChapterCard chapter={c} locale={locale} t={t} headingLevel={3} />
                  </li>
                ))}
            </ul>
          </section>
        ))}
    </>
  );
}
