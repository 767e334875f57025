import type { CurrentUser } from "../auth/current-user";
import { can } from "../auth/policy";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { AppError, forbidden, notFoundError } from "../errors";
import { adminStatementSelect, toAdminStatement } from "./statement-queries";
import type { AdminStatement, CreateStatementBody, UpdateStatementBody } from "./statement-schema";
import { applyEndorsements, applyTranslations } from "./statement-parts";

const SLUG_TAKEN = () => new AppError("CONFLICT", "That address is taken", { slug: ["Already in use"] });

/** New statements start as drafts: nothing is public until an admin publishes it. */
export async function createStatement(actor: CurrentUser | null, body: CreateStatementBody): Promise<AdminStatement> {
  if (!actor || !can(actor, "admin.access")) throw forbidden();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    if (await tx.statement.findUnique({ where: { slug: body.slug }, select: { id: true } })) throw SLUG_TAKEN();
    const row = await tx.statement.create({
      data: { slug: body.slug, sourceLocale: body.sourceLocale, reference: body.reference, status: "DRAFT", translations: { create: body.translations } },
      select: adminStatementSelect,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      verb: "statement.create",
      targetType: "Statement",
      targetId: row.id,
      after: { slug: row.slug, sourceLocale: row.sourceLocale, reference: row.reference, locales: body.translations.map((t) => t.locale) },
    });
    return toAdminStatement(row);
  });
}

/** Metadata, publication, translations and endorsements; each kind of change is its own audit entry. */
export async function updateStatement(actor: CurrentUser | null, id: string, body: UpdateStatementBody): Promise<AdminStatement> {
  if (!actor || !can(actor, "admin.access")) throw forbidden();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.statement.findUnique({ where: { id }, select: adminStatementSelect });
    if (!before) throw notFoundError("Statement not found");
    const audit = (verb: string, b: unknown, a: unknown, chapterId?: string) =>
      recordAudit(tx, { actorId: actor.id, verb, targetType: "Statement", targetId: id, chapterId, before: b, after: a });

    const meta = { slug: body.slug, sourceLocale: body.sourceLocale, reference: body.reference };
    const changedMeta = (Object.keys(meta) as (keyof typeof meta)[]).filter((k) => meta[k] !== undefined && meta[k] !== before[k]);
    if (body.slug && changedMeta.includes("slug") && (await tx.statement.findUnique({ where: { slug: body.slug }, select: { id: true } }))) {
      throw SLUG_TAKEN();
    }
    if (changedMeta.length) {
      await tx.statement.update({ where: { id }, data: Object.fromEntries(changedMeta.map((k) => [k, meta[k]])) });
      await audit("statement.update", pick(before, changedMeta), pick(meta, changedMeta));
    }
    await applyTranslations(tx, id, body, audit);
    await applyEndorsements(tx, id, before.endorsements.map((e) => e.chapterId), body.endorsements ?? [], audit);

    const sourceLocale = body.sourceLocale ?? before.sourceLocale;
    const hasSource = await tx.statementTranslation.findUnique({ where: { statementId_locale: { statementId: id, locale: sourceLocale } }, select: { id: true } });
    if (!hasSource) throw new AppError("UNPROCESSABLE", "The statement needs its text in the source language", { translations: ["Missing source language"] });

    if (body.status && body.status !== before.status) {
      await tx.statement.update({
        where: { id },
        data: { status: body.status, ...(body.status === "PUBLISHED" && !before.publishedAt ? { publishedAt: new Date() } : {}) },
      });
      await audit(body.status === "PUBLISHED" ? "statement.publish" : "statement.unpublish", { status: before.status }, { status: body.status });
    }
    return toAdminStatement(await tx.statement.findUniqueOrThrow({ where: { id }, select: adminStatementSelect }));
  });
}

function pick<T extends object>(o: T, keys: (keyof T)[]) {
  return Object.fromEntries(keys.map((k) => [k, o[k]]));
}
