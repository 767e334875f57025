import type { CurrentUser } from "../auth/current-user";
import { can } from "../auth/policy";
import { getDb } from "../db";
import { forbidden } from "../errors";

const text = { title: true, summary: true, body: true, demands: true } as const;

/**
 * The source text and the current translation side by side, for a translator of that language.
 * Null when there is no such statement or the language is its source.
 */
export async function loadTranslationEditor(user: CurrentUser, slug: string, target: string) {
  if (!can(user, "translation.submit", { locale: target })) throw forbidden();
  const db = await getDb();
  const s = await db.statement.findUnique({
    where: { slug },
    select: { id: true, slug: true, sourceLocale: true, sourceRevision: true, translations: { where: { locale: { in: [target] } }, select: { ...text, sourceRevision: true } } },
  });
  if (!s || s.sourceLocale === target) return null;
  const source = await db.statementTranslation.findUnique({ where: { statementId_locale: { statementId: s.id, locale: s.sourceLocale } }, select: text });
  if (!source) return null;
  const current = s.translations[0] ?? null;
  return { slug: s.slug, sourceLocale: s.sourceLocale, source, current, outdated: !!current && current.sourceRevision < s.sourceRevision };
}
