import { appUrl } from "../env";

/**
 * One name for the session cookie, shared by next-auth (magic links) and the password sign-in
 * route. Over HTTPS it is __Secure- prefixed and Secure; always HttpOnly and SameSite=Lax.
 */
export function sessionCookieName(): string {
  return secureCookies() ? "__Secure-mobilise.session" : "mobilise.session";
}

export function secureCookies(): boolean {
  return appUrl().startsWith("https://");
}

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

export function sessionCookieOptions(expires: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: secureCookies(),
    path: "/",
    expires,
  };
}
