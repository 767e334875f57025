import { NextResponse } from "next/server";
import { gate } from "@/lib/api/gate";
import { acceptHtmlForm } from "@/lib/api/html-form";
import { passwordHtmlForm } from "@/lib/auth/html-forms";
import { readCookie } from "@/lib/auth/current-user";
import { passwordSignInBody } from "@/lib/auth/schemas";
import { signInWithPassword } from "@/lib/auth/password-sign-in";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { setSessionCookie } from "@/lib/auth/session-response";
import { deleteSessionByToken } from "@/lib/auth/sessions";

/** Password sign-in; the sign-in page's form also works without JavaScript (303 on, cookie set). */
export const POST = acceptHtmlForm(
  passwordHtmlForm,
  gate({ auth: "none", body: passwordSignInBody }, async ({ req, body, ip }) => {
    const { token, expires } = await signInWithPassword(body.email, body.password, ip);
    // Signing in as someone else on this browser ends the previous session instead of orphaning it.
    const previous = readCookie(req.headers.get("cookie"), sessionCookieName());
    if (previous) await deleteSessionByToken(previous);
    return setSessionCookie(NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } }), token, expires);
  }),
);
