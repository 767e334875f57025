import { getDb } from "../db";
import { appUrl } from "../env";
import type { Locale } from "../i18n/locales";
import { pickTranslation } from "../statements/pick-translation";
import { buildAtom } from "./atom";
import { feedActions, feedActionSelect, newlyPublishedActions, toIcsEvent, type FeedAction } from "./feed-actions";
import { buildCalendar } from "./ics";

function calendar(name: string, actions: FeedAction[], locale: Locale): string {
  const base = appUrl();
  return buildCalendar({ name, uidDomain: new URL(base).hostname, events: actions.map((a) => toIcsEvent(a, base, locale)) });
}

/** One action as .ics (published or cancelled, like its public page); null when it is not public. */
export async function actionCalendar(idOrSlug: string, locale: Locale): Promise<{ slug: string; ics: string } | null> {
  const db = await getDb();
  const action = await db.action.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }], status: { in: ["PUBLISHED", "CANCELLED"] } },
    select: feedActionSelect,
  });
  return action ? { slug: action.slug, ics: calendar(action.title, [action], locale) } : null;
}

export async function chapterCalendar(slug: string, locale: Locale, now = new Date()): Promise<string | null> {
  const db = await getDb();
  const chapter = await db.chapter.findUnique({ where: { slug }, select: { id: true, name: true } });
  return chapter ? calendar(chapter.name, await feedActions({ chapterId: chapter.id }, now), locale) : null;
}

export async function statementCalendar(slug: string, locale: Locale, now = new Date()): Promise<string | null> {
  const db = await getDb();
  const s = await db.statement.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: { id: true, sourceLocale: true, translations: { select: { locale: true, title: true } } },
  });
  if (!s) return null;
  const title = pickTranslation(s.translations, locale, s.sourceLocale)?.translation.title ?? slug;
  return calendar(title, await feedActions({ statementId: s.id }, now), locale);
}

export async function actionsAtom(locale: Locale): Promise<string> {
  const base = appUrl();
  return buildAtom({
    title: "mobilise",
    base,
    selfUrl: `${base}/api/feeds/actions.atom${locale === "en" ? "" : `?locale=${locale}`}`,
    locale,
    actions: await newlyPublishedActions(),
  });
}

/** Calendar feed URLs are written `<slug>.ics`; the route segment receives the whole thing. */
export function stripIcs(segment: string): string {
  return segment.toLowerCase().endsWith(".ics") ? segment.slice(0, -4) : segment;
}
