import Link from "next/link";
import type { ChapterSummary } from "@/lib/discovery";
import { regionName } from "@/lib/discovery-ui/language-name";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

export function ChapterCard({ chapter, locale, t, headingLevel }: { chapter: ChapterSummary; locale: Locale; t: Translate; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="chapter-card">
      <Heading className="chapter-card__title">
        <Link href={`/${locale}/chapters/${chapter.slug}`}>{chapter.name}</Link>
      </Heading>
      <p className="chapter-card__meta">
        {t("chapter.city", { city: chapter.city, country: regionName(chapter.countryCode, locale) })}
        {chapter.verified ? <span className="tag tag--verified">{t("chapter.verified")}</span> : null}
      </p>
      <p className="muted">{chapter.upcomingCount ? t("chapter.upcomingCount", { count: chapter.upcomingCount }) : t("chapter.noUpcomingShort")}</p>
    </article>
  );
}
