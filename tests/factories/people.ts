import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { getDb } from "@/lib/db";
import { sessionCookieFor } from "../integration/helpers/http";
import { createAction, createChapter, createUser, uid } from "./index";

/** A user with a role in a chapter (or none), with a session cookie ready for `call`. */
export async function createPerson(options: { chapterId?: string; role?: "ORGANISER" | "MEMBER"; admin?: boolean; locale?: string } = {}) {
  const user = await createUser({ role: options.admin ? "ADMIN" : "USER", locale: options.locale ?? "en", name: `Person ${uid()}` });
  if (options.chapterId) {
    const db = await getDb();
    await db.chapterMembership.create({ data: { userId: user.id, chapterId: options.chapterId, role: options.role ?? "MEMBER" } });
  }
  return { user, cookie: await sessionCookieFor(user.id) };
}

/** Two chapters, a rally in the first, and one person per role of the permission matrix. */
export async function createCast(actionData: Parameters<typeof createAction>[0] = {}) {
  const chapterA = await createChapter();
  const chapterB = await createChapter({ countryCode: "GB", city: "London" });
  const action = await createAction({ chapterId: chapterA.id, ...actionData });
  const [member, organiser, otherOrganiser, admin, owner] = await Promise.all([
    createPerson({ chapterId: chapterA.id, role: "MEMBER" }),
    createPerson({ chapterId: chapterA.id, role: "ORGANISER" }),
    createPerson({ chapterId: chapterB.id, role: "ORGANISER" }),
    createPerson({ admin: true }),
    createPerson({ chapterId: chapterA.id, role: "MEMBER" }),
  ]);
  return { chapterA, chapterB, action, member, organiser, otherOrganiser, admin, owner };
}

/** Each test file writes mail to its own outbox folder, read back with listOutbox(). */
export function isolateOutbox() {
  process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "mobilise-people-"));
}

/** Load-style tests raise the limits the way operators would. */
export function raiseRateLimits() {
  for (const name of ["RSVP", "PLEDGE", "COMMITMENT", "MUTATION_IP", "MUTATION_USER"]) process.env[`RATE_LIMIT_${name}`] = "1000000/60";
}

/** A distinct client address per index, so per-IP buckets do not interfere. */
export const ipFor = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
