import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PointsMapLoader } from "@/components/map/points-map-loader";
import { EndorsingChapters } from "@/components/statements/endorsing-chapters";
import { ResponsePanel } from "@/components/statements/response-panel";
import { StatementText } from "@/components/statements/statement-text";
import { TranslationSwitcher } from "@/components/statements/translation-switcher";
import { getStatement } from "@/lib/discovery";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { pageTranslator } from "@/lib/i18n/server";
import { tileConfig } from "@/lib/map/tile-config";
import "@/components/statements/statements.css";
import "@/components/actions/detail/detail.css";
import { routeParam } from "@/lib/discovery-ui/route-param";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ text?: string | string[] }> };

/** The text's language: ?text= when it is one of ours, else the reader's (with fallback to the source). */
async function textLocale(searchParams: Props["searchParams"], locale: Locale): Promise<Locale> {
  const raw = (await searchParams).text;
  const text = Array.isArray(raw) ? raw[0] : raw;
  return isLocale(text) ? text : locale;
}

const load = cache((slug: string, text: Locale) => getStatement(routeParam(slug), text));

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, t } = await pageTranslator(params);
  const statement = await load((await params).slug, await textLocale(searchParams, locale));
  if (!statement) return { title: t("statement.notFoundTitle") };
  const url = `/${locale}/statements/${statement.slug}`;
  return {
    title: statement.title,
    description: statement.summary,
    alternates: { canonical: url },
    openGraph: { title: statement.title, description: statement.summary, type: "article", locale, url },
  };
}

export default async function StatementPage({ params, searchParams }: Props) {
  const { locale, t } = await pageTranslator(params);
  const requested = await textLocale(searchParams, locale);
  const statement = await load((await params).slug, requested);
  if (!statement) notFound();
  const tiles = tileConfig();
  return (
    <article className="page statement-page">
      <p className="back-link">
        <Link href={`/${locale}/statements`}>{t("statement.listTitle")}</Link>
      </p>
      <TranslationSwitcher slug={statement.slug} available={statement.availableLocales} current={statement.locale} locale={locale} t={t} />
      <StatementText statement={statement} requested={requested} locale={locale} t={t} />
      <ResponsePanel response={statement.response} locale={locale} t={t} />
      <section aria-labelledby="statement-map-heading">
        <h2 id="statement-map-heading">{t("statement.mapHeading")}</h2>
        {statement.points.length ? (
          <PointsMapLoader tileUrl={tiles.url} tileAttribution={tiles.attribution} points={statement.points} label={t("statement.mapHeading")} />
        ) : (
          <p className="empty-state">{t("statement.mapEmpty")}</p>
        )}
        <p>
          <Link href={`/${locale}?statement=${encodeURIComponent(statement.slug)}`}>{t("statement.findActions")}</Link>
        </p>
      </section>
      <EndorsingChapters chapters={statement.endorsingChapters} locale={locale} t={t} />
    </article>
  );
}
