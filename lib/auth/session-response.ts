import type { NextResponse } from "next/server";
import { sessionCookieName, sessionCookieOptions } from "./session-cookie";

export function setSessionCookie(res: NextResponse, token: string, expires: Date): NextResponse {
  res.cookies.set(sessionCookieName(), token, sessionCookieOptions(expires));
  return res;
}

export function clearSessionCookie(res: NextResponse): NextResponse {
  res.cookies.set(sessionCookieName(), "", { ...sessionCookieOptions(new Date(0)), maxAge: 0 });
  return res;
}
