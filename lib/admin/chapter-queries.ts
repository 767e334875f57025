import type { Prisma } from "../generated/prisma/client";
import { getDb } from "../db";
import { trustOf, type AdminChapter } from "./chapter-schema";

export const adminChapterSelect = {
  id: true,
  slug: true,
  name: true,
  countryCode: true,
  city: true,
  lat: true,
  lng: true,
  description: true,
  contact: true,
  verified: true,
  trusted: true,
  _count: { select: { actions: true, memberships: { where: { role: "ORGANISER" } } } },
} satisfies Prisma.ChapterSelect;

type Row = Prisma.ChapterGetPayload<{ select: typeof adminChapterSelect }>;

export function toAdminChapter(c: Row): AdminChapter {
  return {
    id: c.id,
    slug: c.slug,
    name: c.name,
    countryCode: c.countryCode,
    city: c.city,
    lat: c.lat,
    lng: c.lng,
    description: c.description,
    contact: c.contact,
    trust: trustOf(c),
    organisers: c._count.memberships,
    actions: c._count.actions,
  };
}

export async function listAdminChapters(): Promise<AdminChapter[]> {
  const db = await getDb();
  const rows = await db.chapter.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: adminChapterSelect });
  return rows.map(toAdminChapter);
}

export async function getAdminChapter(id: string): Promise<AdminChapter | null> {
  const db = await getDb();
  const row = await db.chapter.findUnique({ where: { id }, select: adminChapterSelect });
  return row ? toAdminChapter(row) : null;
}
