import { getDb } from "../db";
import { AppError } from "../errors";
import { hitRateLimit, undoRateLimitHit } from "../rate-limit/hit";
import { hashPassword, needsRehash, verifyPassword } from "./password";
import { createSession } from "./sessions";

/** One answer for "no such account", "no password set", "wrong password" and "suspended". */
export const invalidCredentials = () => new AppError("UNAUTHENTICATED", "The email or password is not correct.");

/**
 * Email + password sign-in. Every attempt is counted first (atomic, so parallel guesses cannot
 * slip past the limit) in the account's and the address's SIGN_IN buckets; a successful attempt
 * is taken back, so only failures lock out. These buckets are not the magic-link ones: someone
 * hammering a password cannot stop its owner from signing in by email.
 */
export async function signInWithPassword(email: string, password: string, ip: string) {
  const [account, address] = await Promise.all([hitRateLimit("SIGN_IN_ACCOUNT", email), hitRateLimit("SIGN_IN_IP", ip)]);
  if (!account.ok || !address.ok) {
    const retryAfter = Math.max(account.ok ? 0 : account.retryAfter, address.ok ? 0 : address.retryAfter);
    throw new AppError("RATE_LIMITED", "Too many sign-in attempts. Please wait and try again.", undefined, {
      "Retry-After": String(retryAfter),
    });
  }
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, suspendedAt: true } });
  // Always one bcrypt comparison (a dummy one when there is no hash): equal timing either way.
  const matches = await verifyPassword(password, user?.passwordHash);
  if (!user || !matches || user.suspendedAt) throw invalidCredentials();
  await Promise.all([undoRateLimitHit("SIGN_IN_ACCOUNT", email), undoRateLimitHit("SIGN_IN_IP", ip)]);
  // Every stored hash at the same cost as the dummy: otherwise timing would tell old accounts apart.
  if (needsRehash(user.passwordHash!)) {
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) }, select: { id: true } });
  }
  return createSession(user.id);
}
