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

export async function userForSessionToken(token: string): Promise<CurrentUser | null> {
  const db = await getDb();
  const session = await db.session.findUnique({
    where: { sessionToken: token },
    select: {
      id: true,
      expires: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          role: true,
          locale: true,
          suspendedAt: true,
          memberships: { select: { chapterId: true, role: true } },
          translatorGrants: { select: { locale: true, canReview: true } },
        },
      },
    },
  });
  if (!session || session.expires < new Date()) return null;
  const u = session.user;
  // A suspended user is signed out everywhere, at once.
  if (u.suspendedAt) return null;
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    locale: u.locale,
    suspended: false,
    memberships: u.memberships,
    translations: u.translatorGrants,
    sessionId: session.id,
  };
}
