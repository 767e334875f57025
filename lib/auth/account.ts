import { getDb } from "../db";
import { notFoundError } from "../errors";
import type { MeDto } from "./schemas";

/** The signed-in person's own account summary (never anyone else's). */
export async function getMe(userId: string): Promise<MeDto> {
  const db = await getDb();
  const u = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      role: true,
      passwordHash: true,
      createdAt: true,
      memberships: {
        select: { role: true, chapter: { select: { id: true, slug: true, name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!u) throw notFoundError("Account not found");
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    locale: u.locale,
    role: u.role,
    hasPassword: !!u.passwordHash,
    createdAt: u.createdAt.toISOString(),
    memberships: u.memberships.map((m) => ({ chapterId: m.chapter.id, chapterSlug: m.chapter.slug, chapterName: m.chapter.name, role: m.role })),
  };
}

export async function updateMe(userId: string, patch: { name?: string | null; locale?: string }): Promise<MeDto> {
  const db = await getDb();
  await db.user.update({
    where: { id: userId },
    data: { ...(patch.name !== undefined ? { name: patch.name } : {}), ...(patch.locale ? { locale: patch.locale } : {}) },
    select: { id: true },
  });
  return getMe(userId);
}
