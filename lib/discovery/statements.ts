import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { pickTranslation } from "../statements/pick-translation";
import type { StatementDetail, StatementSummary } from "./statement-dto";
import { statementResponse } from "./statement-response";

const MAX_POINTS = 2000;

/** Published statements, newest first, each in the reader's language or its source language. */
export async function listStatements(locale: Locale): Promise<StatementSummary[]> {
  const db = await getDb();
  const rows = await db.statement.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    select: {
      slug: true, sourceLocale: true, publishedAt: true,
      translations: { select: { locale: true, title: true, summary: true }, orderBy: { locale: "asc" } },
      _count: { select: { endorsements: true, actions: { where: { status: "PUBLISHED" } } } },
    },
  });
  return rows.flatMap((s) => {
    const picked = pickTranslation(s.translations, locale, s.sourceLocale);
    if (!picked) return [];
    return [{
      slug: s.slug,
      title: picked.translation.title,
      summary: picked.translation.summary,
      locale: picked.translation.locale,
      isFallback: picked.isFallback,
      sourceLocale: s.sourceLocale,
      availableLocales: s.translations.map((t) => t.locale),
      publishedAt: s.publishedAt?.toISOString() ?? null,
      actionCount: s._count.actions,
      chapterCount: s._count.endorsements,
    }];
  });
}

/** One published statement with its endorsing chapters, its response panel and its actions' public points. */
export async function getStatement(slug: string, locale: Locale): Promise<StatementDetail | null> {
  const db = await getDb();
  const s = await db.statement.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: {
      id: true, slug: true, sourceLocale: true, sourceRevision: true, reference: true, publishedAt: true,
      translations: {
        select: { locale: true, title: true, summary: true, body: true, demands: true, sourceRevision: true, creditTranslator: true, translator: { select: { name: true } } },
        orderBy: { locale: "asc" },
      },
      endorsements: {
        select: { chapter: { select: { slug: true, name: true, city: true, countryCode: true } } },
        orderBy: { chapter: { name: "asc" } },
      },
    },
  });
  const picked = s && pickTranslation(s.translations, locale, s.sourceLocale);
  if (!s || !picked) return null;
  const [response, points] = await Promise.all([
    statementResponse(s.id),
    db.action.findMany({
      where: { statementId: s.id, status: "PUBLISHED", publicLat: { not: null }, publicLng: { not: null } },
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      take: MAX_POINTS,
      select: { id: true, slug: true, kind: true, title: true, startsAt: true, timeZone: true, publicLat: true, publicLng: true },
    }),
  ]);
  const t = picked.translation;
  return {
    slug: s.slug,
    title: t.title,
    summary: t.summary,
    body: t.body,
    demands: t.demands,
    locale: t.locale,
    isFallback: picked.isFallback,
    sourceLocale: s.sourceLocale,
    availableLocales: s.translations.map((x) => x.locale),
    outdated: t.locale !== s.sourceLocale && t.sourceRevision < s.sourceRevision,
    // Only a display name, and only when the translator said so.
    translatedBy: t.creditTranslator ? (t.translator?.name ?? null) : null,
    publishedAt: s.publishedAt?.toISOString() ?? null,
    reference: s.reference,
    endorsingChapters: s.endorsements.map((e) => ({ ...e.chapter, countryCode: e.chapter.countryCode.trim() })),
    response,
    points: points.map((p) => ({
      id: p.id, slug: p.slug, kind: p.kind, title: p.title, startsAt: p.startsAt.toISOString(), timeZone: p.timeZone,
      lat: p.publicLat as number, lng: p.publicLng as number,
    })),
  };
}
