import type { Prisma } from "../generated/prisma/client";
import { notFoundError } from "../errors";

type Role = "ORGANISER" | "MEMBER" | "NONE";

/** Sets a user's role in one chapter; returns what changed, or null when nothing did. */
export async function changeMembership(tx: Prisma.TransactionClient, userId: string, chapterId: string, role: Role) {
  const chapter = await tx.chapter.findUnique({ where: { id: chapterId }, select: { id: true } });
  if (!chapter) throw notFoundError("Chapter not found");
  const existing = await tx.chapterMembership.findUnique({
    where: { userId_chapterId: { userId, chapterId } },
    select: { id: true, role: true },
  });
  const before: Role = existing?.role ?? "NONE";
  if (before === role) return null;
  if (role === "NONE") {
    await tx.chapterMembership.delete({ where: { userId_chapterId: { userId, chapterId } } });
  } else {
    await tx.chapterMembership.upsert({
      where: { userId_chapterId: { userId, chapterId } },
      create: { userId, chapterId, role },
      update: { role },
    });
  }
  return { before, after: role };
}
