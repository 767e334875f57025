import type { CurrentUser } from "../auth/current-user";
import { can } from "../auth/policy";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { AppError, forbidden, notFoundError } from "../errors";
import type { SubmitTranslationBody } from "./schema";

/**
 * A translator hands in a translation for review. It records which revision of the source it was
 * made from, so the public page can say "outdated" once the source changes again.
 */
export async function submitTranslation(user: CurrentUser, statementIdOrSlug: string, locale: string, body: SubmitTranslationBody) {
  if (!can(user, "translation.submit", { locale })) throw forbidden();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const statement = await tx.statement.findFirst({
      where: { OR: [{ id: statementIdOrSlug }, { slug: statementIdOrSlug }] },
      select: { id: true, sourceLocale: true, sourceRevision: true },
    });
    if (!statement) throw notFoundError("Statement not found");
    if (statement.sourceLocale === locale) throw new AppError("UNPROCESSABLE", "That is the statement's source language");
    const row = await tx.translationSubmission.create({
      data: {
        statementId: statement.id,
        locale,
        title: body.title,
        summary: body.summary,
        body: body.body,
        demands: body.demands,
        sourceRevision: statement.sourceRevision,
        translatorId: user.id,
        creditTranslator: body.credit,
      },
      select: { id: true, status: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      verb: "translation.submit",
      targetType: "Statement",
      targetId: statement.id,
      after: { submission: row.id, locale, title: body.title, sourceRevision: statement.sourceRevision },
    });
    return row;
  });
}
