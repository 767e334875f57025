import { recordAudit } from "../audit/record";
import type { CurrentUser } from "../auth/current-user";
import { can } from "../auth/policy";
import { getDb } from "../db";
import { AppError, forbidden, notFoundError, unauthenticated } from "../errors";
import { nudgeWorker } from "../jobs/nudge";
import { assertWithinLimits, takeRateLimits, type PendingRateLimits } from "../rate-limit/bucket-sql";
import { assertAccepting } from "../rsvps/action-lock";
import { hashToken, tokenMatches, newCancelToken } from "../rsvps/tokens";
import { commitmentInOneStatement } from "./commitment-statement";
import type { CreateCommitmentBody, WithdrawQuery } from "./schema";

/** Withdrawing works whatever became of the action (e.g. hidden by moderators); joining needs a public one. */
async function loadBoycott(ref: string) {
  const db = await getDb();
  const a = await db.action.findFirst({
    where: { OR: [{ id: ref }, { slug: ref }] },
    select: { id: true, kind: true, status: true, endsAt: true, chapterId: true },
  });
  if (!a) throw notFoundError("Action not found");
  return { db, a };
}

/**
 * "I'm boycotting", in one SQL statement (commitment-statement.ts) that also counts the
 * request's rate-limit buckets. Idempotent per account and per email (the unique constraints
 * decide races); a headcount commitment stores nothing but a hashed withdraw code.
 */
export async function createCommitment(user: CurrentUser | null, ref: string, body: CreateCommitmentBody, rateLimits?: PendingRateLimits, now = new Date()) {
  const db = await getDb();
  const email = user ? null : (body.email ?? null);
  const token = user ? null : newCancelToken();
  const row = await commitmentInOneStatement(db, {
    ref, userId: user?.id ?? null, email, cancelTokenHash: token ? hashToken(token) : null,
    mail: email && token ? { token, locale: body.locale ?? "en" } : null, now, rateLimits: takeRateLimits(rateLimits),
  });
  assertWithinLimits(row);
  if (!row.actionId || !row.kind || !row.status || !row.endsAt) throw notFoundError("Action not found");
  if (row.kind !== "BOYCOTT") throw new AppError("CONFLICT", "Only boycotts take commitments");
  assertAccepting({ status: row.status, endsAt: new Date(row.endsAt) }, now);
  if (row.existingId) return { id: row.existingId, count: row.count, created: false };
  if (row.id) {
    if (email) nudgeWorker();
    return { id: row.id, count: row.count, created: true, ...(token ? { cancelToken: token } : {}) };
  }
  // A concurrent identical request won the unique constraint: answer with its row.
  const winner = await db.boycottCommitment.findFirst({ where: { actionId: row.actionId, ...(user ? { userId: user.id } : { email }) }, select: { id: true } });
  if (!winner || !(user || email)) throw new AppError("CONFLICT", "Please try again");
  return { id: winner.id, count: await count(row.actionId), created: false };
}

async function count(actionId: string) {
  const db = await getDb();
  return db.boycottCommitment.count({ where: { actionId } });
}

/**
 * Withdraw: with the code (guest/headcount), as the signed-in owner, or — by commitmentId — as
 * an organiser of the chapter or an admin (audited). The row is deleted: nothing is kept.
 */
export async function withdrawCommitment(user: CurrentUser | null, ref: string, query: WithdrawQuery) {
  const { db, a } = await loadBoycott(ref);
  const select = { id: true, userId: true, cancelTokenHash: true } as const;
  let row;
  if (query.token) {
    row = await db.boycottCommitment.findFirst({ where: { actionId: a.id, cancelTokenHash: hashToken(query.token) }, select });
    if (!row || !tokenMatches(query.token, row.cancelTokenHash)) throw notFoundError("Commitment not found");
  } else if (query.commitmentId) {
    if (!user) throw unauthenticated();
    row = await db.boycottCommitment.findFirst({ where: { id: query.commitmentId, actionId: a.id }, select });
    if (!row) throw notFoundError("Commitment not found");
    if (!can(user, "commitment.withdraw", { chapterId: a.chapterId, ownerId: row.userId })) throw forbidden();
  } else {
    if (!user) throw unauthenticated();
    row = await db.boycottCommitment.findUnique({ where: { actionId_userId: { actionId: a.id, userId: user.id } }, select });
    if (!row) throw notFoundError("Commitment not found");
  }
  const target = row;
  const byStaff = !query.token && !!user && target.userId !== user.id;
  await db.$transaction(async (tx) => {
    await tx.boycottCommitment.deleteMany({ where: { id: target.id } });
    if (byStaff) {
      await recordAudit(tx, { actorId: user.id, verb: "commitment.withdraw", targetType: "BoycottCommitment", targetId: target.id, chapterId: a.chapterId });
    }
  });
  return { ok: true as const, count: await count(a.id) };
}
