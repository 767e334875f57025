import { cache } from "react";
import { cookies } from "next/headers";
import { getDb } from "../db";
import { sessionCookieName } from "./session-cookie";

export type Membership = { chapterId: string; role: "ORGANISER" | "MEMBER" };
export type CurrentUser = {
  id: string;
  email: string | null;
  name: string | null;
  role: "USER" | "ADMIN";
  locale: string;
  suspended: boolean;
  memberships: Membership[];
  /** Languages this person translates statements into (granted by an admin). */
  translations?: { locale: string; canReview: boolean }[];
  sessionId: string;
};

/**
 * The signed-in user for this request, read from the database session (so ending a session or
 * suspending a user takes effect on the next request). Cached per request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  return token ? userForSessionToken(token) : null;
});

/** Route handlers read the cookie from the request itself (works in tests without Next's context). */
export async function userFromRequest(req: Request): Promise<CurrentUser | null> {
  const token = readCookie(req.headers.get("cookie"), sessionCookieName());
  return token ? userForSessionToken(token) : null;
}

export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return undefined; // a malformed cookie is no session, not a server error
      }
    }
  }
  return undefined;
}

/**
 * One query for the session, its user and their memberships (it runs on every signed-in
 * request; as three Prisma queries it cost two extra round trips). Expired sessions and
 * suspended users are no one: a suspended user is signed out everywhere, at once.
 */
export async function userForSessionToken(token: string): Promise<CurrentUser | null> {
  const db = await getDb();
  const rows = await db.$queryRaw<(Omit<CurrentUser, "suspended">)[]>`
    SELECT u."id", u."email", u."name", u."role"::text AS "role", u."locale", s."id" AS "sessionId",
           COALESCE((SELECT json_agg(json_build_object('chapterId', m."chapterId", 'role', m."role") ORDER BY m."chapterId")
                     FROM "ChapterMembership" m WHERE m."userId" = u."id"), '[]'::json) AS "memberships",
           COALESCE((SELECT json_agg(json_build_object('locale', g."locale", 'canReview', g."canReview") ORDER BY g."locale")
                     FROM "TranslatorGrant" g WHERE g."userId" = u."id"), '[]'::json) AS "translations"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."sessionToken" = ${token} AND s."expires" >= ${new Date()} AND u."suspendedAt" IS NULL`;
  const row = rows[0];
  return row ? { ...row, suspended: false } : null;
}
