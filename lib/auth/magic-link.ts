import { createHash, randomBytes } from "node:crypto";
import { getDb } from "../db";
import { appUrl } from "../env";
import { AppError } from "../errors";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import { sendMail } from "../mail/send";
import { magicLinkMail } from "../mail/templates/magic-link";
import { enforceRateLimit } from "../rate-limit/hit";
import { localeOfCallbackUrl } from "./request-locale";
import { authSecret } from "./secret";

/** Short-lived on purpose: a link sitting in an inbox is a key to the account. */
export const MAGIC_LINK_MAX_AGE_S = 30 * 60;

/** Exactly next-auth v4's hashToken(token, { secret }), so its email callback accepts our tokens. */
export function hashVerificationToken(token: string): string {
  return createHash("sha256").update(`${token}${authSecret()}`).digest("hex");
}

export type MagicLinkRequest = { email: string; locale: Locale; callbackUrl?: string };

/**
 * Issues a one-time sign-in link. The caller always answers the same way, whether or not an
 * account exists: next-auth's email callback creates the account on first use. Rate limits use
 * their own buckets (per IP and per address), so password lockout never blocks magic links.
 */
export async function requestMagicLink(req: MagicLinkRequest, ip: string): Promise<void> {
  await enforceRateLimit("MAGIC_LINK_IP", ip);
  await enforceRateLimit("MAGIC_LINK_EMAIL", req.email);
  const db = await getDb();
  await db.verificationToken.deleteMany({ where: { expires: { lt: new Date() } } });
  const existing = await db.user.findUnique({ where: { email: req.email }, select: { suspendedAt: true } });
  // Suspended accounts get no link (the callback would refuse them anyway); the answer is the same.
  if (existing?.suspendedAt) return;

  const token = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + MAGIC_LINK_MAX_AGE_S * 1000);
  await db.verificationToken.create({ data: { identifier: req.email, token: hashVerificationToken(token), expires } });
  const callbackUrl = `${appUrl()}${req.callbackUrl ?? `/${req.locale}/me`}`;
  const params = new URLSearchParams({ callbackUrl, token, email: req.email });
  await sendMagicLinkMail({ identifier: req.email, url: `${appUrl()}/api/auth/callback/email?${params}`, expires });
}

/**
 * next-auth's `sendVerificationRequest`: the mail goes through our mailer (SMTP or the outbox) in
 * the language of the sign-in form, which the callback URL carries as its first path segment.
 */
export async function sendMagicLinkMail({ identifier, url, expires }: { identifier: string; url: string; expires: Date }) {
  const callbackUrl = new URL(url).searchParams.get("callbackUrl");
  const locale = localeOfCallbackUrl(callbackUrl) ?? DEFAULT_LOCALE;
  const minutes = Math.max(1, Math.round((expires.getTime() - Date.now()) / 60_000));
  try {
    await sendMail({ to: identifier, ...magicLinkMail({ locale, url, expiresMinutes: minutes }) });
  } catch (err) {
    console.error("[auth] sign-in mail could not be sent", err);
    throw new AppError("UNAVAILABLE", "The sign-in email could not be sent. Please try again later.");
  }
}
