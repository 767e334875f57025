import type { Prisma } from "../generated/prisma/client";
import { getDb } from "../db";
import type { AdminUser, UserSearchQuery, UserSearchResponse } from "./user-schema";

export const adminUserSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  locale: true,
  suspendedAt: true,
  createdAt: true,
  memberships: { select: { chapterId: true, role: true, chapter: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
  translatorGrants: { select: { locale: true, canReview: true }, orderBy: { locale: "asc" } },
} satisfies Prisma.UserSelect;

type Row = Prisma.UserGetPayload<{ select: typeof adminUserSelect }>;

export function toAdminUser(u: Row): AdminUser {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    locale: u.locale,
    suspendedAt: u.suspendedAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
    memberships: u.memberships.map((m) => ({ chapterId: m.chapterId, chapterName: m.chapter.name, role: m.role })),
    translatorLanguages: u.translatorGrants,
  };
}

/** Admin-only search by email or name, oldest account first; the cursor is the last user id. */
export async function searchUsers(query: UserSearchQuery): Promise<UserSearchResponse> {
  const db = await getDb();
  const q = query.q?.trim();
  const rows = await db.user.findMany({
    where: q
      ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] }
      : undefined,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: query.limit + 1,
    ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
    select: adminUserSelect,
  });
  const page = rows.slice(0, query.limit);
  return { items: page.map(toAdminUser), nextCursor: rows.length > query.limit ? (page[page.length - 1]?.id ?? null) : null };
}
