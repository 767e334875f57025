import { randomBytes } from "node:crypto";
import { getDb } from "../db";
import { notFoundError } from "../errors";
import { SESSION_MAX_AGE_S } from "./session-cookie";

export type SessionDto = { id: string; createdAt: string; expires: string; current: boolean };

/** A database session like next-auth's own: a random 32-byte token, revocable by deleting the row. */
export async function createSession(userId: string): Promise<{ token: string; expires: Date }> {
  const db = await getDb();
  const token = randomBytes(32).toString("base64url");
  const expires = new Date(Date.now() + SESSION_MAX_AGE_S * 1000);
  await db.session.create({ data: { sessionToken: token, userId, expires }, select: { id: true } });
  return { token, expires };
}

export async function deleteSessionByToken(token: string): Promise<void> {
  const db = await getDb();
  await db.session.deleteMany({ where: { sessionToken: token } });
}

/** The user's live sessions, newest first. No IP or user agent exists to show: we never store them. */
export async function listSessions(userId: string, currentSessionId: string): Promise<SessionDto[]> {
  const db = await getDb();
  const rows = await db.session.findMany({
    where: { userId, expires: { gt: new Date() } },
    select: { id: true, createdAt: true, expires: true },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((s) => ({
    id: s.id,
    createdAt: s.createdAt.toISOString(),
    expires: s.expires.toISOString(),
    current: s.id === currentSessionId,
  }));
}

/** Ends one of the user's own sessions; someone else's id is "not found", never a hint it exists. */
export async function endSession(userId: string, sessionId: string): Promise<{ ended: number }> {
  const db = await getDb();
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId } });
  if (count === 0) throw notFoundError("Session not found");
  return { ended: count };
}

export async function endOtherSessions(userId: string, currentSessionId: string): Promise<{ ended: number }> {
  const db = await getDb();
  const { count } = await db.session.deleteMany({ where: { userId, id: { not: currentSessionId } } });
  return { ended: count };
}
