import { appUrl, env } from "../env";

// Outside production a missing AUTH_SECRET (tests, tools) falls back to a fixed value; `npm start`
// always sets a real one, and production refuses to start without it (lib/env/schema.ts).
const DEV_FALLBACK_SECRET = "mobilise-development-secret-not-for-production";

export function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (secret) return secret;
  if (env().APP_ENV === "production") throw new Error("AUTH_SECRET is required when APP_ENV=production");
  return DEV_FALLBACK_SECRET;
}

/**
 * next-auth v4 reads NEXTAUTH_URL and NEXTAUTH_SECRET from the environment at request time.
 * lib/cli/start.ts sets them for the server; this covers tests and tools that skip it.
 */
export function ensureNextAuthEnv(): void {
  process.env.NEXTAUTH_URL ??= appUrl();
  process.env.NEXTAUTH_SECRET ??= authSecret();
}
