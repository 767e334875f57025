import Link from "next/link";
import type { StatementSummary } from "@/lib/discovery";
import { languageName } from "@/lib/discovery-ui/language-name";
import { textDirection, isLocale, type Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

const dateFmt = (iso: string, locale: Locale) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));

/** A statement in a list; text in another language than the page carries its own lang and dir. */
export function StatementCard({ statement, locale, t }: { statement: StatementSummary; locale: Locale; t: Translate }) {
  const dir = isLocale(statement.locale) ? textDirection(statement.locale) : undefined;
  return (
    <article className="statement-card">
      <h2 className="statement-card__title" lang={statement.locale} dir={dir}>
        <Link href={`/${locale}/statements/${statement.slug}`}>{statement.title}</Link>
      </h2>
      {statement.isFallback ? (
        <p className="notice notice--small">
          {t("statement.fallback", { language: languageName(locale, locale), source: languageName(statement.locale, locale) })}
        </p>
      ) : null}
      {statement.summary ? (
        <p lang={statement.locale} dir={dir}>
          {statement.summary}
        </p>
      ) : null}
      <p className="muted">
        {statement.publishedAt ? <>{t("statement.published", { date: dateFmt(statement.publishedAt, locale) })} · </> : null}
        {t("statement.actionsCount", { count: statement.actionCount })} · {t("statement.chaptersCount", { count: statement.chapterCount })}
      </p>
    </article>
  );
}
