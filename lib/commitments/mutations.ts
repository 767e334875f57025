import { recordAudit } from "../audit/record";
import type { CurrentUser } from "../auth/current-user";
import { can } from "../auth/policy";
import { getDb } from "../db";
import { AppError, forbidden, notFoundError, unauthenticated } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { nudgeWorker } from "../jobs/nudge";
import { enqueue } from "../jobs/queue";
import { assertAccepting, publicActionWhere } from "../rsvps/action-lock";
import { hashToken, tokenMatches, newCancelToken } from "../rsvps/tokens";
import type { CreateCommitmentBody, WithdrawQuery } from "./schema";

/** Joining needs a public action; withdrawing works whatever became of it (e.g. hidden by moderators). */
async function loadBoycott(ref: string, publicOnly = true) {
  const db = await getDb();
  const a = await db.action.findFirst({
    where: publicOnly ? publicActionWhere(ref) : { OR: [{ id: ref }, { slug: ref }] },
    select: { id: true, kind: true, status: true, endsAt: true, chapterId: true },
  });
  if (!a) throw notFoundError("Action not found");
  return { db, a };
}

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/**
 * "I'm boycotting". Idempotent per account and per email (the unique constraints decide races);
 * a headcount commitment stores nothing but a hashed withdraw code.
 */
export async function createCommitment(user: CurrentUser | null, ref: string, body: CreateCommitmentBody, now = new Date()) {
  const { db, a } = await loadBoycott(ref);
  if (a.kind !== "BOYCOTT") throw new AppError("CONFLICT", "Only boycotts take commitments");
  assertAccepting(a, now);
  const email = user ? null : (body.email ?? null);

  const existing = user
    ? await db.boycottCommitment.findUnique({ where: { actionId_userId: { actionId: a.id, userId: user.id } }, select: { id: true } })
    : email
      ? await db.boycottCommitment.findUnique({ where: { actionId_email: { actionId: a.id, email } }, select: { id: true } })
      : null;
  if (existing) return { id: existing.id, count: await count(a.id), created: false };

  const token = user ? null : newCancelToken();
  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.boycottCommitment.create({
        data: { actionId: a.id, userId: user?.id ?? null, email, cancelTokenHash: token ? hashToken(token) : null },
        select: { id: true },
      });
      if (email && token) await enqueue(tx, "mail.commitment", { commitmentId: created.id, token, locale: body.locale ?? "en" });
      return created;
    });
    if (email) nudgeWorker();
    return { id: row.id, count: await count(a.id), created: true, ...(token ? { cancelToken: token } : {}) };
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // A concurrent identical request won: answer with its row.
    const winner = await db.boycottCommitment.findFirst({ where: { actionId: a.id, ...(user ? { userId: user.id } : { email }) }, select: { id: true } });
    if (!winner) throw e;
    return { id: winner.id, count: await count(a.id), created: false };
  }
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
  const { db, a } = await loadBoycott(ref, false);
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
