import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import bcrypt from "bcryptjs";
import { listOutbox } from "@/lib/mail/outbox";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { createUser, uid } from "./index";

/** Each auth test file writes mail to its own outbox folder. */
export function useTempOutbox() {
  process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "mobilise-auth-"));
}

export const TEST_PASSWORD = "correct horse battery";

/** A password account. Cost 4 keeps tests fast; the comparison cost follows the stored hash. */
export async function createPasswordUser(data: Parameters<typeof createUser>[0] = {}) {
  return createUser({ email: `pw-${uid()}@example.test`, passwordHash: await bcrypt.hash(TEST_PASSWORD, 4), ...data });
}

export function mailsTo(email: string) {
  return listOutbox(1000).filter((m) => m.to === email);
}

export function linkIn(text: string): string {
  const match = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(text);
  if (!match) throw new Error(`no sign-in link in: ${text}`);
  return match[0];
}

/** The session cookie (as a Cookie header) from a response's Set-Cookie, if any. */
export function sessionCookieFrom(setCookie: string | null): string | null {
  if (!setCookie) return null;
  const name = sessionCookieName();
  const match = new RegExp(`(?:^|,\\s*)${name.replace(/[.]/g, "\\.")}=([^;]*)`).exec(setCookie);
  return match && match[1] ? `${name}=${match[1]}` : null;
}
