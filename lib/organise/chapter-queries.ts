import type { CurrentUser } from "../auth/current-user";
import { getDb } from "../db";
import { authoriseChapter } from "./chapter-settings";

/** Members as the chapter's organisers see them: names and roles, never addresses. */
export async function listMembers(user: CurrentUser, slug: string) {
  const db = await getDb();
  const chapter = await authoriseChapter(db, user, slug, "chapter.members.manage");
  const rows = await db.chapterMembership.findMany({
    where: { chapterId: chapter.id },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { role: true, createdAt: true, user: { select: { id: true, name: true } } },
  });
  return rows.map((m) => ({ userId: m.user.id, name: m.user.name, role: m.role, since: m.createdAt.toISOString() }));
}


/** Everything the settings page shows, for an organiser of that chapter. */
export async function loadChapterSettings(user: CurrentUser, slug: string) {
  const db = await getDb();
  const chapter = await authoriseChapter(db, user, slug, "chapter.update");
  const settings = await db.chapter.findUniqueOrThrow({
    where: { id: chapter.id },
    select: { id: true, slug: true, name: true, description: true, contact: true, city: true, countryCode: true, lat: true, lng: true, trusted: true, verified: true },
  });
  return { settings, members: await listMembers(user, slug) };
}
