import type { CurrentUser } from "../auth/current-user";
import { can, isAdmin, translatorLocales } from "../auth/policy";
import { getDb } from "../db";
import { forbidden } from "../errors";
import { LOCALES, type Locale } from "../i18n/locales";
import { pickTranslation } from "../statements/pick-translation";
import type { TranslationWork } from "./schema";

/**
 * What a translator (or an admin) has to do, per statement and language: missing, outdated
 * (translated from an older revision of the source), or current, with submissions waiting for
 * review. Drafts are listed too, so translations can be ready when a statement is published.
 */
export async function translationWorkFor(user: CurrentUser, readerLocale: Locale, only?: string): Promise<TranslationWork> {
  const mine = translatorLocales(user, LOCALES).filter((l) => !only || l === only);
  if (!mine.length) throw forbidden();
  const db = await getDb();
  const [settings, statements] = await Promise.all([
    db.translationLanguage.findMany({ where: { locale: { in: mine } }, select: { locale: true, peerReview: true } }),
    db.statement.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: {
        id: true,
        slug: true,
        status: true,
        sourceLocale: true,
        sourceRevision: true,
        translations: { select: { locale: true, title: true, sourceRevision: true } },
        submissions: {
          where: { status: "SUBMITTED", locale: { in: mine } },
          orderBy: { createdAt: "asc" },
          select: { id: true, locale: true, title: true, sourceRevision: true, createdAt: true, translatorId: true, translator: { select: { name: true } } },
        },
      },
    }),
  ]);
  const peer = new Map(settings.map((s) => [s.locale, s.peerReview]));
  const reviews = (locale: string) => isAdmin(user) || can(user, "translation.review", { locale, peerReview: peer.get(locale) ?? false });
  return {
    locales: mine.map((locale) => ({ locale, peerReview: peer.get(locale) ?? false, canReview: reviews(locale) })),
    statements: statements.map((s) => ({
      id: s.id,
      slug: s.slug,
      title: pickTranslation(s.translations, readerLocale, s.sourceLocale)?.translation.title ?? s.slug,
      status: s.status,
      sourceLocale: s.sourceLocale,
      sourceRevision: s.sourceRevision,
      languages: mine.map((locale) => {
        const done = s.translations.find((t) => t.locale === locale);
        const state = locale === s.sourceLocale ? "source" : !done ? "missing" : done.sourceRevision < s.sourceRevision ? "outdated" : "current";
        return {
          locale,
          state,
          submissions: s.submissions
            .filter((x) => x.locale === locale)
            .map((x) => ({
              id: x.id,
              locale: x.locale,
              title: x.title,
              translator: x.translator?.name ?? null,
              mine: x.translatorId === user.id,
              canReview: reviews(locale) && (isAdmin(user) || x.translatorId !== user.id),
              sourceRevision: x.sourceRevision,
              createdAt: x.createdAt.toISOString(),
            })),
        };
      }),
    })),
  };
}
