import type { CurrentUser } from "../auth/current-user";
import { can } from "../auth/policy";
import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { AppError, forbidden, notFoundError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { changeMembership } from "./change-membership";
import { changeTranslator } from "./change-translator";
import { holdPendingActions } from "./hold-pending-actions";
import { adminUserSelect, toAdminUser } from "./user-queries";
import type { AdminUser, UpdateUserBody } from "./user-schema";

/**
 * Role, suspension, chapter organiser and translator changes, each audited, all in one transaction.
 * Suspension ends every session in the same transaction and holds the user's actions waiting
 * for review (back to DRAFT with a note), so nothing they submitted goes live while suspended.
 */
export async function updateUser(actor: CurrentUser | null, userId: string, body: UpdateUserBody): Promise<AdminUser> {
  if (!actor || !can(actor, "admin.access")) throw forbidden();
  if (userId === actor.id && (body.role !== undefined || body.suspended !== undefined)) {
    // An admin locking themselves out (or demoting the last admin by accident) helps nobody.
    throw new AppError("CONFLICT", "You cannot change your own role or suspend yourself");
  }
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, suspendedAt: true } });
    if (!user) throw notFoundError("User not found");
    const audit = (verb: string, before: unknown, after: unknown, chapterId?: string | null) =>
      recordAudit(tx, { actorId: actor.id, verb, targetType: "User", targetId: user.id, chapterId, before, after });

    if (body.role !== undefined && body.role !== user.role) {
      await tx.user.update({ where: { id: user.id }, data: { role: body.role } });
      await audit("user.role", { role: user.role }, { role: body.role });
    }
    if (body.suspended === true && !user.suspendedAt) {
      await suspend(tx, actor.id, user.id);
      await audit("user.suspend", { suspended: false }, { suspended: true });
    } else if (body.suspended === false && user.suspendedAt) {
      await tx.user.update({ where: { id: user.id }, data: { suspendedAt: null } });
      await audit("user.unsuspend", { suspended: true }, { suspended: false });
    }
    if (body.chapter) {
      const change = await changeMembership(tx, user.id, body.chapter.chapterId, body.chapter.role);
      if (change) await audit("chapter.membership", { role: change.before }, { role: change.after }, body.chapter.chapterId);
    }
    if (body.translator) {
      const change = await changeTranslator(tx, user.id, body.translator.locale, body.translator.role);
      if (change) await audit("user.translator", { locale: body.translator.locale, role: change.before }, { locale: body.translator.locale, role: change.after });
    }
    return toAdminUser(await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: adminUserSelect }));
  });
}

async function suspend(tx: Prisma.TransactionClient, actorId: string, userId: string) {
  await tx.user.update({ where: { id: userId }, data: { suspendedAt: new Date() } });
  await tx.session.deleteMany({ where: { userId } });
  await holdPendingActions(tx, actorId, userId);
}
