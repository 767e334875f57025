import bcrypt from "bcryptjs";

/** bcrypt cost for new hashes; the demo seed uses 10 to keep first starts fast. */
export const BCRYPT_COST = 12;

// A real hash of a random string at the same cost: comparing against it takes as long as a real
// check, so "no such account" and "wrong password" cannot be told apart by timing.
let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

/** Compares against the stored hash, or against a dummy when there is none (same work either way). */
export async function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  if (!hash) {
    dummyHash ??= bcrypt.hash(`dummy-${Math.random()}`, BCRYPT_COST);
    await bcrypt.compare(password, await dummyHash);
    return false;
  }
  return bcrypt.compare(password, hash);
}

/** bcrypt only reads the first 72 bytes; longer passwords would silently lose their tail. */
export function passwordFitsBcrypt(password: string): boolean {
  return Buffer.byteLength(password, "utf8") <= 72;
}

/** Hashes made at a lower cost (the demo seed's) are upgraded on the next successful sign-in. */
export function needsRehash(hash: string): boolean {
  try {
    return bcrypt.getRounds(hash) < BCRYPT_COST;
  } catch {
    return false;
  }
}
