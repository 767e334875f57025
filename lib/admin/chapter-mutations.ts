import type { CurrentUser } from "../auth/current-user";
import { can } from "../auth/policy";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { AppError, forbidden, notFoundError } from "../errors";
import { flagsFor, trustOf, type AdminChapter, type CreateChapterBody, type UpdateChapterBody } from "./chapter-schema";
import { adminChapterSelect, toAdminChapter } from "./chapter-queries";

const SLUG_TAKEN = () => new AppError("CONFLICT", "That address is taken", { slug: ["Already in use"] });

export async function createChapter(actor: CurrentUser | null, body: CreateChapterBody): Promise<AdminChapter> {
  if (!actor || !can(actor, "admin.access")) throw forbidden();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    if (await tx.chapter.findUnique({ where: { slug: body.slug }, select: { id: true } })) throw SLUG_TAKEN();
    const { trust, ...rest } = body;
    const row = await tx.chapter.create({ data: { ...rest, contact: rest.contact ?? null, ...flagsFor(trust) }, select: adminChapterSelect });
    await recordAudit(tx, { actorId: actor.id, verb: "chapter.create", targetType: "Chapter", targetId: row.id, chapterId: row.id, after: snapshot(row) });
    return toAdminChapter(row);
  });
}

/**
 * Edits a chapter; a trust change is audited as its own verb. Revoking trust only affects
 * future submissions: the organiser submit path reads `trusted` each time.
 */
export async function updateChapter(actor: CurrentUser | null, id: string, body: UpdateChapterBody): Promise<AdminChapter> {
  if (!actor || !can(actor, "admin.access")) throw forbidden();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.chapter.findUnique({ where: { id }, select: adminChapterSelect });
    if (!before) throw notFoundError("Chapter not found");
    if (body.slug && body.slug !== before.slug && (await tx.chapter.findUnique({ where: { slug: body.slug }, select: { id: true } }))) {
      throw SLUG_TAKEN();
    }
    const { trust, ...rest } = body;
    const after = await tx.chapter.update({ where: { id }, data: { ...rest, ...(trust ? flagsFor(trust) : {}) }, select: adminChapterSelect });
    const changedTrust = trust !== undefined && trustOf(before) !== trust;
    const { trust: _t1, ...beforeFields } = snapshot(before);
    const { trust: _t2, ...afterFields } = snapshot(after);
    if (JSON.stringify(beforeFields) !== JSON.stringify(afterFields)) {
      await recordAudit(tx, { actorId: actor.id, verb: "chapter.update", targetType: "Chapter", targetId: id, chapterId: id, before: beforeFields, after: afterFields });
    }
    if (changedTrust) {
      await recordAudit(tx, {
        actorId: actor.id,
        verb: "chapter.trust",
        targetType: "Chapter",
        targetId: id,
        chapterId: id,
        before: { trust: trustOf(before) },
        after: { trust },
      });
    }
    return toAdminChapter(after);
  });
}

function snapshot(c: { slug: string; name: string; countryCode: string; city: string; lat: number; lng: number; description: string; contact: string | null; verified: boolean; trusted: boolean }) {
  return { slug: c.slug, name: c.name, countryCode: c.countryCode, city: c.city, lat: c.lat, lng: c.lng, description: c.description, contact: c.contact, trust: trustOf(c) };
}
