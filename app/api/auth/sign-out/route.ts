import { NextResponse } from "next/server";
import { gate } from "@/lib/api/gate";
import { acceptHtmlForm } from "@/lib/api/html-form";
import { signOutHtmlForm } from "@/lib/auth/html-forms";
import { readCookie } from "@/lib/auth/current-user";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { clearSessionCookie } from "@/lib/auth/session-response";
import { deleteSessionByToken } from "@/lib/auth/sessions";

/**
 * Deletes the session row (the cookie is worthless from now on, wherever it was copied) and clears
 * the cookie. The header's sign-out is a form, so this works without JavaScript too (303 home).
 */
export const POST = acceptHtmlForm(
  signOutHtmlForm,
  gate({ auth: "none" }, async ({ req }) => {
    const token = readCookie(req.headers.get("cookie"), sessionCookieName());
    if (token) await deleteSessionByToken(token);
    return clearSessionCookie(NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } }));
  }),
);
