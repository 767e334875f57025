import { randomBytes } from "node:crypto";
import type { z } from "zod";
import type { CurrentUser } from "../auth/current-user";
import { hashVerificationToken } from "../auth/magic-link";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { appUrl } from "../env";
import { AppError, notFoundError } from "../errors";
import { isLocale, type Locale } from "../i18n/locales";
import { sendMail } from "../mail/send";
import { coOrganiserInviteMail } from "../mail/templates/co-organiser-invite";
import { authoriseChapter } from "./chapter-settings";
import type { inviteInput } from "./chapter-schema";

/** An invitation has to survive a weekend in an inbox; an ordinary sign-in link does not. */
export const INVITE_DAYS = 3;

/**
 * Makes someone a co-organiser: the account is created if the address is new, the membership
 * becomes ORGANISER, and a one-time sign-in link (next-auth's email callback accepts it) is
 * mailed, landing them in the organiser workspace.
 */
export async function inviteCoOrganiser(user: CurrentUser, slug: string, input: z.output<typeof inviteInput>, now = new Date()) {
  const db = await getDb();
  const token = randomBytes(32).toString("hex");
  const done = await db.$transaction(async (tx) => {
    const chapter = await authoriseChapter(tx, user, slug, "chapter.members.manage");
    const locale: Locale = input.locale ?? (isLocale(user.locale) ? user.locale : "en");
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, suspendedAt: true, locale: true } });
    if (existing?.suspendedAt) throw new AppError("CONFLICT", "This account is suspended and cannot be invited");
    const invitee = existing ?? (await tx.user.create({ data: { email: input.email, name: input.name, locale }, select: { id: true, suspendedAt: true, locale: true } }));
    const membership = await tx.chapterMembership.upsert({
      where: { userId_chapterId: { userId: invitee.id, chapterId: chapter.id } },
      create: { userId: invitee.id, chapterId: chapter.id, role: "ORGANISER" },
      update: { role: "ORGANISER" },
      select: { id: true },
    });
    await tx.verificationToken.create({
      data: { identifier: input.email, token: hashVerificationToken(token), expires: new Date(now.getTime() + INVITE_DAYS * 86_400_000) },
    });
    await recordAudit(tx, {
      actorId: user.id,
      verb: "chapter.member.invite",
      targetType: "ChapterMembership",
      targetId: membership.id,
      chapterId: chapter.id,
      after: { userId: invitee.id, role: "ORGANISER", newAccount: !existing },
    });
    const mailLocale: Locale = existing && isLocale(existing.locale) ? existing.locale : locale;
    return { chapter, userId: invitee.id, mailLocale };
  });
  const callbackUrl = `${appUrl()}/${done.mailLocale}/organise`;
  const url = `${appUrl()}/api/auth/callback/email?${new URLSearchParams({ callbackUrl, token, email: input.email })}`;
  await sendMail({
    to: input.email,
    ...coOrganiserInviteMail({ locale: done.mailLocale, chapter: done.chapter.name, inviter: user.name ?? done.chapter.name, url, days: INVITE_DAYS }),
  });
  return { userId: done.userId, role: "ORGANISER" as const };
}

/** Removes a membership; a chapter always keeps at least one organiser. */
export async function removeMember(user: CurrentUser, slug: string, userId: string) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const chapter = await authoriseChapter(tx, user, slug, "chapter.members.manage");
    const membership = await tx.chapterMembership.findUnique({
      where: { userId_chapterId: { userId, chapterId: chapter.id } },
      select: { id: true, role: true },
    });
    if (!membership) throw notFoundError("Not a member of this chapter");
    if (membership.role === "ORGANISER") {
      // Lock the chapter's organiser rows so two organisers cannot remove each other at once.
      const organisers = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "ChapterMembership" WHERE "chapterId" = ${chapter.id} AND "role" = 'ORGANISER' FOR UPDATE`;
      if (organisers.length <= 1) throw new AppError("CONFLICT", "A chapter needs at least one organiser");
    }
    await tx.chapterMembership.delete({ where: { id: membership.id } });
    await recordAudit(tx, {
      actorId: user.id,
      verb: "chapter.member.remove",
      targetType: "ChapterMembership",
      targetId: membership.id,
      chapterId: chapter.id,
      before: { userId, role: membership.role },
    });
    return { userId, removed: true };
  });
}
