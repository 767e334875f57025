import Form from "next/form";
import Link from "next/link";
import { type HomeQuery, homeSearch, KINDS } from "@/lib/discovery-ui/home-query";
import { languageName } from "@/lib/discovery-ui/language-name";
import { formatBbox } from "@/lib/discovery-ui/viewport";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { SelectField } from "./select-field";
import "./filters.css";

export type FilterOptions = {
  statements: { slug: string; title: string }[];
  chapters: { slug: string; name: string }[];
  languages: string[];
};

/**
 * A plain GET form: without JavaScript it reloads the page with the filters in the URL; with it,
 * next/form navigates on the client so the map stays put. The current map area or place rides
 * along in hidden fields so filtering never loses where you are looking.
 */
export function FilterForm({ query, options, locale, t }: { query: HomeQuery; options: FilterOptions; locale: Locale; t: Translate }) {
  const clearHref = `/${locale}${homeSearch({ ...query, kind: null, date: "upcoming", from: null, to: null, statement: null, chapter: null, mode: null, lang: null, q: null })}`;
  const active = [query.kind, query.date !== "upcoming" ? query.date : null, query.statement, query.chapter, query.mode, query.lang, query.q].filter(Boolean).length;
  // Closed on every load, so on a phone the list comes first; the summary counts what is applied.
  // <details> needs no JavaScript.
  return (
    <details className="filter-panel">
      <summary>
        <h2 className="filter-form__heading">{active > 0 ? t("discover.filters.toggleCount", { count: active }) : t("discover.filters.toggle")}</h2>
      </summary>
      <Form action={`/${locale}`} className="filter-form" aria-label={t("discover.filters.heading")}>
        <div className="filter-form__grid">
          <div className="field field--wide">
            <label htmlFor="f-q">{t("discover.filters.search")}</label>
            <input id="f-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} aria-describedby="f-q-hint" />
            <p id="f-q-hint" className="field__hint">
              {t("discover.filters.searchHint")}
            </p>
          </div>
          <SelectField id="f-kind" name="kind" label={t("discover.filters.kind")} value={query.kind} anyLabel={t("discover.filters.anyKind")}
            options={KINDS.map((k) => ({ value: k, label: t(`common.kinds.${k}`) }))} />
          <SelectField id="f-date" name="date" label={t("discover.filters.date")} value={query.date === "upcoming" ? null : query.date} anyLabel={t("discover.filters.dateUpcoming")}
            options={[
              { value: "week", label: t("discover.filters.dateWeek") },
              { value: "month", label: t("discover.filters.dateMonth") },
              { value: "custom", label: t("discover.filters.dateCustom") },
            ]} />
          <div className="field">
            <label htmlFor="f-from">{t("discover.filters.from")}</label>
            <input id="f-from" name="from" type="date" defaultValue={query.from ?? ""} />
          </div>
          <div className="field">
            <label htmlFor="f-to">{t("discover.filters.to")}</label>
            <input id="f-to" name="to" type="date" defaultValue={query.to ?? ""} />
          </div>
          <SelectField id="f-mode" name="mode" label={t("discover.filters.mode")} value={query.mode} anyLabel={t("discover.filters.anyMode")}
            options={[
              { value: "IN_PERSON", label: t("discover.filters.inPerson") },
              { value: "ONLINE", label: t("discover.filters.online") },
            ]} />
          <SelectField id="f-statement" name="statement" label={t("discover.filters.statement")} value={query.statement} anyLabel={t("discover.filters.anyStatement")}
            options={options.statements.map((s) => ({ value: s.slug, label: s.title }))} />
          <SelectField id="f-chapter" name="chapter" label={t("discover.filters.chapter")} value={query.chapter} anyLabel={t("discover.filters.anyChapter")}
            options={options.chapters.map((c) => ({ value: c.slug, label: c.name }))} />
          <SelectField id="f-lang" name="lang" label={t("discover.filters.language")} value={query.lang} anyLabel={t("discover.filters.anyLanguage")}
            options={options.languages.map((code) => ({ value: code, label: languageName(code, locale) }))} />
        </div>
        {query.near ? (
          <>
            <input type="hidden" name="lat" value={query.near.lat} />
            <input type="hidden" name="lng" value={query.near.lng} />
            <input type="hidden" name="radius" value={query.near.radiusKm} />
            {query.near.place ? <input type="hidden" name="place" value={query.near.place} /> : null}
          </>
        ) : query.view ? (
          <>
            <input type="hidden" name="bbox" value={formatBbox(query.view.bbox)} />
            {query.view.zoom !== null ? <input type="hidden" name="zoom" value={query.view.zoom} /> : null}
          </>
        ) : null}
        <div className="filter-form__actions">
          <button type="submit" className="button">
            {t("discover.filters.apply")}
          </button>
          <Link href={clearHref} className="button button--secondary">
            {t("discover.filters.clear")}
          </Link>
        </div>
      </Form>
    </details>
  );
}
