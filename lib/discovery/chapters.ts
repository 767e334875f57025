import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { pickTranslation } from "../statements/pick-translation";
import type { ChapterDetail, ChapterSummary } from "./chapter-dto";
import { searchActions, type QueryOptions } from "./search-actions";

const UPCOMING_LIMIT = 100;

/** Every chapter with its count of upcoming published actions, by country then name. */
export async function listChapters(_locale: Locale, options: QueryOptions = {}): Promise<ChapterSummary[]> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const rows = await db.chapter.findMany({
    orderBy: [{ countryCode: "asc" }, { name: "asc" }],
    select: {
      slug: true, name: true, city: true, countryCode: true, lat: true, lng: true, verified: true,
      _count: { select: { actions: { where: { status: "PUBLISHED", endsAt: { gte: now } } } } },
    },
  });
  return rows.map(({ _count, ...c }) => ({ ...c, countryCode: c.countryCode.trim(), upcomingCount: _count.actions }));
}

/** One chapter, the statements it endorses (published ones) and its upcoming published actions. */
export async function getChapter(slug: string, locale: Locale, options: QueryOptions = {}): Promise<ChapterDetail | null> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const c = await db.chapter.findUnique({
    where: { slug },
    select: {
      slug: true, name: true, city: true, countryCode: true, lat: true, lng: true, verified: true,
      description: true, contact: true,
      endorsements: {
        where: { statement: { status: "PUBLISHED" } },
        orderBy: { createdAt: "desc" },
        select: { statement: { select: { slug: true, sourceLocale: true, translations: { select: { locale: true, title: true } } } } },
      },
      _count: { select: { actions: { where: { status: "PUBLISHED", endsAt: { gte: now } } } } },
    },
  });
  if (!c) return null;
  const { items } = await searchActions({ chapter: slug, limit: UPCOMING_LIMIT }, locale, { now });
  return {
    slug: c.slug,
    name: c.name,
    city: c.city,
    countryCode: c.countryCode.trim(),
    lat: c.lat,
    lng: c.lng,
    verified: c.verified,
    upcomingCount: c._count.actions,
    description: c.description,
    contact: c.contact,
    endorsedStatements: c.endorsements.map(({ statement: s }) => ({
      slug: s.slug,
      title: pickTranslation(s.translations, locale, s.sourceLocale)?.translation.title ?? s.slug,
    })),
    upcomingActions: items,
  };
}
