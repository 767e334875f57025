import type { Prisma } from "../generated/prisma/client";
import { getDb } from "../db";
import type { AdminStatement } from "./statement-schema";

export const adminStatementSelect = {
  id: true,
  slug: true,
  status: true,
  sourceLocale: true,
  reference: true,
  publishedAt: true,
  translations: { select: { locale: true, title: true, summary: true, body: true, demands: true, updatedAt: true }, orderBy: { locale: "asc" } },
  endorsements: { select: { chapterId: true } },
  _count: { select: { actions: true } },
} satisfies Prisma.StatementSelect;

type Row = Prisma.StatementGetPayload<{ select: typeof adminStatementSelect }>;

export function toAdminStatement(s: Row): AdminStatement {
  return {
    id: s.id,
    slug: s.slug,
    status: s.status,
    sourceLocale: s.sourceLocale,
    reference: s.reference,
    publishedAt: s.publishedAt?.toISOString() ?? null,
    translations: s.translations.map((t) => ({ ...t, updatedAt: t.updatedAt.toISOString() })),
    endorsedChapterIds: s.endorsements.map((e) => e.chapterId),
    actions: s._count.actions,
  };
}

export async function listAdminStatements(): Promise<AdminStatement[]> {
  const db = await getDb();
  const rows = await db.statement.findMany({ orderBy: [{ createdAt: "desc" }, { id: "asc" }], select: adminStatementSelect });
  return rows.map(toAdminStatement);
}

export async function getAdminStatement(id: string): Promise<AdminStatement | null> {
  const db = await getDb();
  const row = await db.statement.findUnique({ where: { id }, select: adminStatementSelect });
  return row ? toAdminStatement(row) : null;
}
