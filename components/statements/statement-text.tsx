import type { StatementDetail } from "@/lib/discovery";
import { languageName } from "@/lib/discovery-ui/language-name";
import { renderMarkdown } from "@/lib/discovery-ui/render-markdown";
import { isLocale, textDirection, type Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

const dateFmt = (iso: string, locale: Locale) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));

/**
 * The statement in the chosen language. When that translation does not exist the source text is
 * shown with a visible notice; the text always carries its own lang/dir, whatever the page's.
 */
export function StatementText({ statement, requested, locale, t }: { statement: StatementDetail; requested: Locale; locale: Locale; t: Translate }) {
  const lang = statement.locale;
  const dir = isLocale(lang) ? textDirection(lang) : undefined;
  const fallback = statement.isFallback || lang !== requested;
  return (
    <>
      {fallback ? (
        <p className="notice" role="note">
          {t("statement.fallback", { language: languageName(requested, locale), source: languageName(lang, locale) })}
        </p>
      ) : statement.outdated ? (
        <p className="notice" role="note" data-testid="translation-outdated">
          {t("statement.outdated", { source: languageName(statement.sourceLocale, locale) })}
        </p>
      ) : null}
      <header className="statement-header" lang={lang} dir={dir}>
        <h1>{statement.title}</h1>
        {statement.summary ? <p className="lead">{statement.summary}</p> : null}
      </header>
      <p className="muted">
        {statement.publishedAt ? t("statement.published", { date: dateFmt(statement.publishedAt, locale) }) : null}
        {statement.reference ? <> · {t("statement.reference", { reference: statement.reference })}</> : null}
        {statement.translatedBy ? <> · {t("statement.translatedBy", { name: statement.translatedBy })}</> : null}
      </p>
      {statement.demands.length ? (
        <section aria-labelledby="demands-heading" className="demands">
          <h2 id="demands-heading">{t("statement.demandsHeading")}</h2>
          <ol lang={lang} dir={dir}>
            {statement.demands.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="text-heading">
        <h2 id="text-heading">{t("statement.textHeading")}</h2>
        <div className="prose" lang={lang} dir={dir} dangerouslySetInnerHTML={{ __html: renderMarkdown(statement.body) }} />
      </section>
    </>
  );
}
