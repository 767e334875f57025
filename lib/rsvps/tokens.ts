import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Cancel codes for guests and headcount participants. Only the SHA-256 hash is stored, so a
 * database leak cannot be used to cancel anyone; the code itself exists only in the mail and the
 * participant's browser. 32 random bytes make guessing pointless, so a plain hash is enough.
 */
export function newCancelToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** Whether a code is the one whose hash is stored, in constant time. */
export function tokenMatches(token: string | undefined, storedHash: string | null): boolean {
  if (!token || !storedHash) return false;
  const a = Buffer.from(hashToken(token));
  const b = Buffer.from(storedHash);
  return a.length === b.length && timingSafeEqual(a, b);
}
