import type { CurrentUser } from "../auth/current-user";
import { can } from "../auth/policy";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { forbidden, notFoundError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { ChapterSettingsInput } from "./chapter-schema";

type Tx = Prisma.TransactionClient;

/** The chapter by slug, 404 if missing, 403 unless the user may do `permission` there. */
export async function authoriseChapter(tx: Pick<Tx, "chapter">, user: CurrentUser | null, slug: string, permission: "chapter.update" | "chapter.members.manage") {
  const chapter = await tx.chapter.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!chapter) throw notFoundError("Chapter not found");
  if (!can(user, permission, { chapterId: chapter.id })) throw forbidden();
  return chapter;
}

/** Name, description, contact and location of a chapter; the audit keeps which fields changed. */
export async function updateChapterSettings(user: CurrentUser, slug: string, input: ChapterSettingsInput) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const chapter = await authoriseChapter(tx, user, slug, "chapter.update");
    const before = await tx.chapter.findUniqueOrThrow({
      where: { id: chapter.id },
      select: { name: true, description: true, contact: true, city: true, countryCode: true, lat: true, lng: true },
    });
    const data = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as ChapterSettingsInput;
    const updated = await tx.chapter.update({
      where: { id: chapter.id },
      data,
      select: { slug: true, name: true, description: true, contact: true, city: true, countryCode: true, lat: true, lng: true },
    });
    const changed = Object.keys(data).filter((k) => JSON.stringify(before[k as keyof typeof before]) !== JSON.stringify(data[k as keyof typeof data]));
    await recordAudit(tx, { actorId: user.id, verb: "chapter.update", targetType: "Chapter", targetId: chapter.id, chapterId: chapter.id, after: { changed } });
    return updated;
  });
}
