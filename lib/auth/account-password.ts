import { getDb } from "../db";
import { AppError, notFoundError } from "../errors";
import { hitRateLimit, undoRateLimitHit } from "../rate-limit/hit";
import { hashPassword, verifyPassword } from "./password";
import type { CurrentUser } from "./current-user";

/**
 * Changes (or, for link-only accounts, sets) the password. The current password is checked under
 * the same per-account lockout as sign-in, so a stolen session cannot be used to guess it. Every
 * other session ends: whoever else was signed in has to prove themselves again.
 */
export async function changePassword(user: CurrentUser, currentPassword: string | undefined, newPassword: string) {
  const db = await getDb();
  const row = await db.user.findUnique({ where: { id: user.id }, select: { email: true, passwordHash: true } });
  if (!row) throw notFoundError("Account not found");
  if (row.passwordHash) {
    const subject = row.email ?? user.id;
    const attempt = await hitRateLimit("SIGN_IN_ACCOUNT", subject);
    if (!attempt.ok) {
      throw new AppError("RATE_LIMITED", "Too many attempts. Please wait and try again.", undefined, { "Retry-After": String(attempt.retryAfter) });
    }
    if (!currentPassword || !(await verifyPassword(currentPassword, row.passwordHash))) {
      throw new AppError("VALIDATION", "Some fields are invalid", { currentPassword: ["common.fieldErrors.wrongPassword"] });
    }
    await undoRateLimitHit("SIGN_IN_ACCOUNT", subject);
  }
  const passwordHash = await hashPassword(newPassword);
  const ended = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash }, select: { id: true } });
    const { count } = await tx.session.deleteMany({ where: { userId: user.id, id: { not: user.sessionId } } });
    return count;
  });
  return { ok: true as const, endedSessions: ended };
}
