import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../errors";
import type { UpdateStatementBody } from "./statement-schema";

type Audit = (verb: string, before: unknown, after: unknown, chapterId?: string) => Promise<void>;
type Tx = Prisma.TransactionClient;

/**
 * Upserts and removals per language; the texts are public, so before/after hold them whole. A
 * change to the source language's text raises the statement's source revision (every other
 * language is outdated until translated again); a text an admin saves is current as of now.
 */
export async function applyTranslations(tx: Tx, statementId: string, body: UpdateStatementBody, audit: Audit) {
  const statement = await tx.statement.findUniqueOrThrow({ where: { id: statementId }, select: { sourceLocale: true, sourceRevision: true } });
  const sourceLocale = body.sourceLocale ?? statement.sourceLocale;
  let revision = statement.sourceRevision;
  // The source first: other languages saved in the same request are then current against its new revision.
  const ordered = [...(body.translations ?? [])].sort((a, b) => Number(b.locale === sourceLocale) - Number(a.locale === sourceLocale));
  for (const t of ordered) {
    const key = { statementId_locale: { statementId, locale: t.locale } };
    const existing = await tx.statementTranslation.findUnique({ where: key, select: { title: true, summary: true, body: true, demands: true } });
    const next = { title: t.title, summary: t.summary, body: t.body, demands: t.demands };
    if (existing && JSON.stringify(existing) === JSON.stringify(next)) continue;
    if (t.locale === sourceLocale && existing) {
      revision = statement.sourceRevision + 1;
      await tx.statement.update({ where: { id: statementId }, data: { sourceRevision: revision } });
    }
    const row = { ...next, sourceRevision: revision };
    await tx.statementTranslation.upsert({ where: key, create: { statementId, locale: t.locale, ...row }, update: row });
    await audit("statement.translation", existing ? { locale: t.locale, ...existing } : null, { locale: t.locale, ...next, sourceRevision: revision });
  }
  for (const locale of body.removeTranslations ?? []) {
    if ((body.translations ?? []).some((t) => t.locale === locale)) {
      throw new AppError("VALIDATION", "A language cannot be both saved and removed", { removeTranslations: ["common.fieldErrors.contradiction"] });
    }
    const key = { statementId_locale: { statementId, locale } };
    const existing = await tx.statementTranslation.findUnique({ where: key, select: { title: true } });
    if (!existing) continue;
    await tx.statementTranslation.delete({ where: key });
    await audit("statement.translation.remove", { locale, title: existing.title }, null);
  }
}

/** Records which chapters endorse the statement; one audit entry per chapter, in its chapter's log. */
export async function applyEndorsements(
  tx: Tx,
  statementId: string,
  current: string[],
  changes: NonNullable<UpdateStatementBody["endorsements"]>,
  audit: Audit,
) {
  for (const { chapterId, endorsed } of changes) {
    const has = current.includes(chapterId);
    if (has === endorsed) continue;
    if (endorsed) {
      const chapter = await tx.chapter.findUnique({ where: { id: chapterId }, select: { id: true } });
      if (!chapter) throw new AppError("VALIDATION", "Unknown chapter", { endorsements: ["common.fieldErrors.unknownChapter"] });
      await tx.chapterEndorsement.create({ data: { chapterId, statementId } });
      await audit("statement.endorse", { endorsed: false }, { endorsed: true }, chapterId);
    } else {
      await tx.chapterEndorsement.delete({ where: { chapterId_statementId: { chapterId, statementId } } });
      await audit("statement.unendorse", { endorsed: true }, { endorsed: false }, chapterId);
    }
  }
}
