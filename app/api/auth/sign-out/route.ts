import { NextResponse } from "next/server";
import { gate } from "@/lib/api/gate";
import { readCookie } from "@/lib/auth/current-user";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { clearSessionCookie } from "@/lib/auth/session-response";
import { deleteSessionByToken } from "@/lib/auth/sessions";

/** Deletes the session row (the cookie is worthless from now on, wherever it was copied) and clears the cookie. */
export const POST = gate({ auth: "none" }, async ({ req }) => {
  const token = readCookie(req.headers.get("cookie"), sessionCookieName());
  if (token) await deleteSessionByToken(token);
  return clearSessionCookie(NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } }));
});
