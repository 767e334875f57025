import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { getDb } from "@/lib/db";
import { sessionCookieFor } from "../integration/helpers/http";
import { createAction, createChapter, createUser } from "./index";

export type Principal = { id: string; cookie: string };

/** People the admin tests act as, each with a live database session. */
export async function adminPrincipals() {
  const chapter = await createChapter();
  const admin = await createUser({ role: "ADMIN", name: "Test Admin" });
  const member = await createUser();
  const organiser = await createUser();
  const suspendedAdmin = await createUser({ role: "ADMIN" });
  const db = await getDb();
  await db.chapterMembership.create({ data: { userId: member.id, chapterId: chapter.id, role: "MEMBER" } });
  await db.chapterMembership.create({ data: { userId: organiser.id, chapterId: chapter.id, role: "ORGANISER" } });
  const p = async (id: string): Promise<Principal> => ({ id, cookie: await sessionCookieFor(id) });
  const principals = {
    chapter,
    admin: await p(admin.id),
    member: await p(member.id),
    organiser: await p(organiser.id),
    suspended: await p(suspendedAdmin.id),
  };
  // Suspended after the session exists: the cookie is one a suspended person would still hold.
  await db.user.update({ where: { id: suspendedAdmin.id }, data: { suspendedAt: new Date() } });
  return principals;
}

type Status = "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "REJECTED" | "CANCELLED";

/** An action in the given status, with the publication fields that status implies. */
export async function actionIn(status: Status, extra: Parameters<typeof createAction>[0] = {}) {
  return createAction({ status, publishedAt: status === "PUBLISHED" || status === "CANCELLED" ? new Date() : null, ...extra });
}

export async function openReport(actionId: string, reason: "SPAM" | "FAKE" | "OTHER" = "SPAM") {
  const db = await getDb();
  return db.report.create({ data: { actionId, reason, details: "Looks wrong" } });
}

/** Mail goes to DATA_DIR/outbox when no SMTP server is set; give each test file its own. */
export function useTempOutbox(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mobilise-admin-mail-"));
  process.env.DATA_DIR = dir;
  delete process.env.SMTP_URL;
  return dir;
}
