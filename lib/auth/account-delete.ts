import { recordAudit } from "../audit/record";
import { getDb } from "../db";
import { AppError, notFoundError } from "../errors";

/**
 * Erases a person. Their RSVPs, pledges and commitments stay (counts, capacity and progress must
 * not change) but lose every link to them: user id, name and email. Memberships, sessions,
 * sign-in accounts, pending sign-in links and the user row go. Actions they created and reports
 * they resolved keep no reference. The append-only audit log keeps only the opaque id.
 */
export async function deleteMyAccount(userId: string, confirm: string): Promise<void> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) throw notFoundError("Account not found");
  if (!user.email || confirm.trim().toLowerCase() !== user.email.toLowerCase()) {
    throw new AppError("VALIDATION", "Some fields are invalid", { confirm: ["common.fieldErrors.confirmMismatch"] });
  }
  await db.$transaction(async (tx) => {
    // Rows given as a guest with the same address are theirs too.
    const mine = { OR: [{ userId }, { email: { equals: user.email!, mode: "insensitive" as const } }] };
    await tx.rsvp.updateMany({ where: mine, data: { userId: null, name: null, email: null } });
    await tx.pledge.updateMany({ where: mine, data: { userId: null, displayName: null, email: null, anonymous: true } });
    await tx.boycottCommitment.updateMany({ where: mine, data: { userId: null, email: null } });
    await tx.action.updateMany({ where: { createdById: userId }, data: { createdById: null } });
    await tx.report.updateMany({ where: { resolvedById: userId }, data: { resolvedById: null } });
    await tx.chapterMembership.deleteMany({ where: { userId } });
    await tx.session.deleteMany({ where: { userId } });
    await tx.account.deleteMany({ where: { userId } });
    await tx.verificationToken.deleteMany({ where: { identifier: user.email! } });
    await tx.user.delete({ where: { id: userId } });
    await recordAudit(tx, { actorId: userId, verb: "user.delete", targetType: "User", targetId: userId });
  });
}
