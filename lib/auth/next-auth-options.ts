import type { AuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { getDb } from "../db";
import { MAGIC_LINK_MAX_AGE_S, sendMagicLinkMail } from "./magic-link";
import { lazyPrismaAdapter } from "./prisma-adapter";
import { ensureNextAuthEnv, authSecret } from "./secret";
import { secureCookies, sessionCookieName, SESSION_MAX_AGE_S } from "./session-cookie";

let cached: AuthOptions | undefined;

/**
 * next-auth v4, email (magic link) provider, database sessions in our Session table under our one
 * cookie name — so getCurrentUser() sees these sessions exactly like password sign-ins. Pages are
 * locale-less paths; proxy.ts sends them on to the visitor's language.
 */
export function authOptions(): AuthOptions {
  if (cached) return cached;
  ensureNextAuthEnv();
  cached = {
    secret: authSecret(),
    adapter: lazyPrismaAdapter(),
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_S, updateAge: 24 * 60 * 60 },
    cookies: {
      sessionToken: {
        name: sessionCookieName(),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies() },
      },
    },
    providers: [
      EmailProvider({
        maxAge: MAGIC_LINK_MAX_AGE_S,
        from: process.env.MAIL_FROM || "mobilise <no-reply@localhost>",
        sendVerificationRequest: ({ identifier, url, expires }) => sendMagicLinkMail({ identifier, url, expires }),
      }),
    ],
    pages: { signIn: "/sign-in", verifyRequest: "/check-email", error: "/auth-error" },
    callbacks: {
      // Suspended users cannot sign in by link (the password route refuses them too).
      async signIn({ user }) {
        const email = user.email?.toLowerCase();
        if (!email) return false;
        const db = await getDb();
        const row = await db.user.findUnique({ where: { email }, select: { suspendedAt: true } });
        return !row?.suspendedAt;
      },
    },
  };
  return cached;
}
