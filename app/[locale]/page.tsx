import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionCard } from "@/components/actions/action-card";
import { ActionList } from "@/components/actions/action-list";
import { DiscoveryResultsHeading } from "@/components/actions/discovery-results-heading";
import { ListUpdating } from "@/components/actions/list-updating";
import { FilterForm } from "@/components/filters/filter-form";
import { NearMe } from "@/components/filters/near-me";
import { DiscoveryMapLoader } from "@/components/map/discovery-map-loader";
import { QueryProvider } from "@/components/query-provider";
import { listChapters, listStatements } from "@/lib/discovery";
import { sharedRead } from "@/lib/discovery/shared-reads";
import { apiFilterParams, apiListParams, homeSearch, parseHomeQuery, withoutEmptyParams } from "@/lib/discovery-ui/home-query";
import { LIST_SIZE, loadHomeResults } from "@/lib/discovery-ui/home-results";
import { resolvePlace } from "@/lib/discovery-ui/resolve-place";
import { spokenLanguages } from "@/lib/discovery-ui/spoken-languages";
import { pageTranslator } from "@/lib/i18n/server";
import { tileConfig } from "@/lib/map/tile-config";
import "@/components/actions/actions.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await pageTranslator(params);
  const title = t("home.title");
  const description = t("home.description");
  return { title, description, openGraph: { title, description, type: "website", locale, url: `/${locale}` } };
}

/**
 * Results first: on a phone the page is the title, two disclosures ("Near me", "Filters (n)"),
 * the count and the list, then the map; on wide screens the map sits beside the list (CSS grid).
 */
export default async function HomePage({ params, searchParams }: Props) {
  const { locale, t } = await pageTranslator(params);
  const raw = await searchParams;
  const clean = withoutEmptyParams(raw);
  if (clean !== null) redirect(`/${locale}${clean}`);
  const query = parseHomeQuery(raw);
  // A town typed without JavaScript arrives as a name; look it up in the offline gazetteer.
  const resolved = query.placeQuery ? await resolvePlace(query.placeQuery, locale) : null;
  const near = query.near ?? (resolved ? { ...resolved, radiusKm: query.radiusKm } : null);
  // The same for every visitor (nothing here reads the session): views share it per data version.
  const [statements, chapters, languages, results] = await sharedRead(`home|${locale}|${JSON.stringify([query, near])}`, () =>
    Promise.all([listStatements(locale), listChapters(locale), spokenLanguages(), loadHomeResults(query, near, locale)]),
  );
  const tiles = tileConfig();
  const ignored = [...query.ignored, ...results.ignored];
  const filterKey = JSON.stringify(apiFilterParams(query));
  const pageHref = `/${locale}${homeSearch(query)}`;

  return (
    <QueryProvider>
      <div className="page discover">
        <h1>{t("home.title")}</h1>
        <p className="lead">{t("home.description")}</p>
        {ignored.length > 0 ? (
          <p className="notice" role="status">
            {t("discover.ignoredParams")}
          </p>
        ) : null}
        <div className="discover__controls">
          <NearMe key={`near-${filterKey}-${near ? `${near.lat},${near.lng},${near.radiusKm}` : ""}`} query={query} locale={locale} t={t} placeNotFound={query.placeQuery !== null && !resolved} />
          <FilterForm key={filterKey} query={query} locale={locale} t={t} options={{ statements, chapters, languages }} />
        </div>
        <div className="discover__layout">
          <section className="discover__results" aria-labelledby="results-heading">
            <ListUpdating />
            <DiscoveryResultsHeading view={results.view} near={near} total={results.total} t={t} worldHref={`/${locale}${homeSearch({ ...query, view: null, near: null, placeQuery: null })}`} />
            {results.items.length === 0 ? (
              <div className="empty-state">
                <p>{results.view === "near" && near ? t("discover.emptyNear", { radius: t("discover.near.radiusKm", { km: near.radiusKm }) }) : results.view === "area" ? t("discover.emptyArea") : t("discover.empty")}</p>
                <p>{t("discover.emptyHint")}</p>
              </div>
            ) : (
              <ActionList
                key={pageHref}
                located={results.items.map((a) => ({ id: a.id, lat: a.lat, lng: a.lng }))}
                nextCursor={results.nextCursor}
                pageHref={pageHref}
                apiParams={{ ...apiListParams({ ...query, cursor: null }), limit: String(LIST_SIZE) }}
              >
                {results.items.map((a) => (
                  <li key={a.id}>
                    <ActionCard action={a} locale={locale} t={t} />
                  </li>
                ))}
              </ActionList>
            )}
          </section>
          <section className="discover__map" aria-labelledby="map-heading">
            <h2 id="map-heading" className="visually-hidden">
              {t("discover.mapHeading")}
            </h2>
            <DiscoveryMapLoader
              tileUrl={tiles.url}
              tileAttribution={tiles.attribution}
              filters={apiFilterParams(query)}
              view={query.view}
              near={near}
              syncUrl
              label={t("discover.mapHeading")}
            />
            <p className="field__hint">{t("discover.mapHint")}</p>
          </section>
        </div>
      </div>
    </QueryProvider>
  );
}
