import type { CurrentUser } from "../auth/current-user";
import { recordAudit } from "../audit/record";
import { transition } from "../actions/state-machine";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { lockAction, type ActionRef } from "./access";
import { assertPublishedStatement } from "./create-action";

export type Submitted = { id: string; slug: string; status: "PENDING_REVIEW" | "PUBLISHED"; notified: 0 };

/**
 * DRAFT (or REJECTED, after fixing) → in review; a trusted chapter's action is published at once.
 * The conditional UPDATE makes a double click or a concurrent moderator decision a clean 409.
 */
export async function submitAction(user: CurrentUser, idOrSlug: string, now = new Date()): Promise<Submitted> {
  const db = await getDb();
  return db.$transaction(async (tx) => submitLocked(tx, user, await lockAction(tx, user, idOrSlug, "action.submit"), now));
}

/** The submission itself, for a row the caller has authorised and locked (or just created). */
export async function submitLocked(tx: Prisma.TransactionClient, user: CurrentUser, ref: ActionRef, now: Date): Promise<Submitted> {
  const row = await tx.action.findUniqueOrThrow({
    where: { id: ref.id },
    select: { slug: true, status: true, endsAt: true, statementId: true, chapter: { select: { trusted: true } } },
  });
  const to = transition("submit", row.status, row.chapter.trusted ? "PUBLISHED" : "PENDING_REVIEW");
  if (row.endsAt <= now) throw new AppError("UNPROCESSABLE", "This action is already over; change its dates first");
  await assertPublishedStatement(tx, row.statementId);
  const { count } = await tx.action.updateMany({
    where: { id: ref.id, status: row.status },
    data: { status: to, rejectionReason: null, ...(to === "PUBLISHED" ? { publishedAt: now } : {}) },
  });
  if (count === 0) throw new AppError("INVALID_TRANSITION", "The action changed meanwhile; reload and try again");
  await recordAudit(tx, {
    actorId: user.id,
    verb: to === "PUBLISHED" ? "action.submit.published" : "action.submit",
    targetType: "Action",
    targetId: ref.id,
    chapterId: ref.chapterId,
    before: { status: row.status },
    after: { status: to },
  });
  return { id: ref.id, slug: row.slug, status: to as Submitted["status"], notified: 0 };
}
