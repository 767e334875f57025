import type { CurrentUser } from "../auth/current-user";
import { can, isAdmin } from "../auth/policy";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { AppError, forbidden, notFoundError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { peerReviewFor } from "./language-settings";

type Tx = Prisma.TransactionClient;

/** Admins review; so may a second translator of the language, where the language allows it — never one's own work. */
async function reviewable(tx: Tx, user: CurrentUser, id: string) {
  const found = await tx.translationSubmission.findUnique({
    where: { id },
    select: { id: true, statementId: true, locale: true, status: true, translatorId: true, title: true, summary: true, body: true, demands: true, sourceRevision: true, creditTranslator: true },
  });
  if (!found) throw notFoundError("Submission not found");
  const peerReview = await peerReviewFor(tx, found.locale);
  if (!isAdmin(user) && (!can(user, "translation.review", { locale: found.locale, peerReview }) || found.translatorId === user.id)) throw forbidden();
  return found;
}

/** The conditional UPDATE makes two reviewers deciding at once a clean 409 for the second. */
async function close(tx: Tx, id: string, status: "PUBLISHED" | "REJECTED", reviewerId: string, reviewNote = "") {
  const { count } = await tx.translationSubmission.updateMany({ where: { id, status: "SUBMITTED" }, data: { status, reviewerId, reviewNote, decidedAt: new Date() } });
  if (count === 0) throw new AppError("INVALID_TRANSITION", "This translation was already reviewed");
}

/** Publishes the submission as the statement's text in its language, crediting translator and reviewer. */
export async function publishSubmission(user: CurrentUser, id: string) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const s = await reviewable(tx, user, id);
    await close(tx, id, "PUBLISHED", user.id);
    const text = { title: s.title, summary: s.summary, body: s.body, demands: s.demands };
    const credit = { sourceRevision: s.sourceRevision, translatorId: s.translatorId, reviewerId: user.id, creditTranslator: s.creditTranslator };
    const key = { statementId_locale: { statementId: s.statementId, locale: s.locale } };
    const before = await tx.statementTranslation.findUnique({ where: key, select: { title: true, sourceRevision: true } });
    await tx.statementTranslation.upsert({ where: key, create: { statementId: s.statementId, locale: s.locale, ...text, ...credit }, update: { ...text, ...credit } });
    await recordAudit(tx, {
      actorId: user.id,
      verb: "translation.publish",
      targetType: "Statement",
      targetId: s.statementId,
      before: before ? { locale: s.locale, ...before } : null,
      after: { submission: id, locale: s.locale, title: s.title, sourceRevision: s.sourceRevision, translatorId: s.translatorId },
    });
    return { id, status: "PUBLISHED" as const };
  });
}

export async function rejectSubmission(user: CurrentUser, id: string, note: string) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const s = await reviewable(tx, user, id);
    await close(tx, id, "REJECTED", user.id, note);
    await recordAudit(tx, { actorId: user.id, verb: "translation.reject", targetType: "Statement", targetId: s.statementId, after: { submission: id, locale: s.locale, note } });
    return { id, status: "REJECTED" as const };
  });
}

/** An admin lets a second translator of a language review (or takes that back). */
export async function setLanguageSettings(user: CurrentUser, locale: string, peerReview: boolean) {
  if (!isAdmin(user)) throw forbidden();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await peerReviewFor(tx, locale);
    await tx.translationLanguage.upsert({ where: { locale }, create: { locale, peerReview }, update: { peerReview } });
    if (before !== peerReview) await recordAudit(tx, { actorId: user.id, verb: "translation.language", targetType: "TranslationLanguage", targetId: locale, before: { peerReview: before }, after: { peerReview } });
    return { locale, peerReview };
  });
}
