import type { CurrentUser } from "../auth/current-user";
import { can, isAdmin, organisedChapterIds } from "../auth/policy";
import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { tileConfig } from "../map/tile-config";
import { pickTranslation } from "../statements/pick-translation";
import { languageOptions, type LanguageOption } from "./language-options";
import { nearestTimeZone } from "./zone-lookup";

export type ChapterOption = { id: string; slug: string; name: string; lat: number; lng: number; timeZone: string; trusted: boolean };
export type StatementOption = { id: string; title: string };
export type FormOptions = {
  chapters: ChapterOption[];
  statements: StatementOption[];
  tiles: { url: string | null; attribution: string };
  languages: { common: LanguageOption[]; more: LanguageOption[] };
};

/**
 * What the action form needs besides the action: the chapters this user may post for (with a
 * default zone from the chapter's latest action, else the nearest reference city), published
 * statements only, and the tile server chosen by the operator.
 */
export async function loadFormOptions(user: CurrentUser, locale: Locale, selectedLanguages: string[] = []): Promise<FormOptions> {
  const db = await getDb();
  const chapterRows = await db.chapter.findMany({
    where: isAdmin(user) ? {} : { id: { in: organisedChapterIds(user) } },
    orderBy: { name: "asc" },
    select: { id: true, slug: true, name: true, lat: true, lng: true, trusted: true, actions: { orderBy: { createdAt: "desc" }, take: 1, select: { timeZone: true } } },
  });
  const statements = await db.statement.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    select: { id: true, slug: true, sourceLocale: true, translations: { select: { locale: true, title: true } } },
  });
  const tiles = tileConfig();
  return {
    chapters: chapterRows
      .filter((c) => can(user, "action.create", { chapterId: c.id }))
      .map((c) => ({ id: c.id, slug: c.slug, name: c.name, lat: c.lat, lng: c.lng, trusted: c.trusted, timeZone: c.actions[0]?.timeZone ?? nearestTimeZone(c.lat, c.lng) })),
    statements: statements.map((s) => ({ id: s.id, title: pickTranslation(s.translations, locale, s.sourceLocale)?.translation.title ?? s.slug })),
    tiles: { url: tiles.url, attribution: tiles.attribution },
    languages: languageOptions(locale, selectedLanguages),
  };
}
