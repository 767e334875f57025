import type { Prisma } from "../generated/prisma/client";
import { getDb } from "../db";
import type { AuditQuery, AuditResponse } from "./audit-schema";

const DAY_MS = 86_400_000;

/**
 * Newest first, keyset-paginated by id (ids only grow, so pages never shift as entries arrive).
 * Read-only: there is no update or delete path for the audit log anywhere in the code base.
 */
export async function listAudit(query: AuditQuery): Promise<AuditResponse> {
  const db = await getDb();
  const where: Prisma.AuditLogWhereInput = {};
  if (query.actor) {
    const actor = query.actor.includes("@")
      ? await db.user.findFirst({ where: { email: { equals: query.actor, mode: "insensitive" } }, select: { id: true } })
      : { id: query.actor };
    where.actorId = actor?.id ?? "\u0000no-such-actor";
  }
  if (query.chapter) {
    const chapter = await db.chapter.findFirst({ where: { OR: [{ id: query.chapter }, { slug: query.chapter }] }, select: { id: true } });
    where.chapterId = chapter?.id ?? query.chapter;
  }
  if (query.verb) where.verb = query.verb;
  if (query.from || query.to) {
    where.at = {
      ...(query.from ? { gte: new Date(`${query.from}T00:00:00Z`) } : {}),
      ...(query.to ? { lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + DAY_MS) } : {}),
    };
  }
  if (query.cursor) where.id = { lt: BigInt(query.cursor) };
  const rows = await db.auditLog.findMany({ where, orderBy: { id: "desc" }, take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const actorIds = [...new Set(page.map((r) => r.actorId).filter((id): id is string => !!id))];
  const chapterIds = [...new Set(page.map((r) => r.chapterId).filter((id): id is string => !!id))];
  const [actors, chapters] = await Promise.all([
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } }),
    db.chapter.findMany({ where: { id: { in: chapterIds } }, select: { id: true, name: true } }),
  ]);
  return {
    items: page.map((r) => ({
      id: r.id.toString(),
      at: r.at.toISOString(),
      verb: r.verb,
      targetType: r.targetType,
      targetId: r.targetId,
      chapter: r.chapterId ? { id: r.chapterId, name: chapters.find((c) => c.id === r.chapterId)?.name ?? null } : null,
      actor: r.actorId ? (actors.find((a) => a.id === r.actorId) ?? { id: r.actorId, name: null, email: null }) : null,
      before: r.before,
      after: r.after,
      reason: r.reason,
    })),
    nextCursor: rows.length > query.limit ? (page[page.length - 1]?.id.toString() ?? null) : null,
  };
}

/** Verbs seen so far, for the filter menu. */
export async function listAuditVerbs(): Promise<string[]> {
  const db = await getDb();
  const rows = await db.auditLog.groupBy({ by: ["verb"], orderBy: { verb: "asc" } });
  return rows.map((r) => r.verb);
}
