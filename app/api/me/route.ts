import { NextResponse } from "next/server";
import { gate } from "@/lib/api/gate";
import { getMe, updateMe } from "@/lib/auth/account";
import { deleteMyAccount } from "@/lib/auth/account-delete";
import { deleteMeBody, updateMeBody } from "@/lib/auth/schemas";
import { clearSessionCookie } from "@/lib/auth/session-response";

export const GET = gate({ auth: "required" }, async ({ user }) => getMe(user!.id));

export const PATCH = gate({ auth: "required", body: updateMeBody }, async ({ user, body }) => updateMe(user!.id, body));

/** Erases the account (see lib/auth/account-delete.ts) and this browser's cookie with it. */
export const DELETE = gate({ auth: "required", body: deleteMeBody }, async ({ user, body }) => {
  await deleteMyAccount(user!.id, body.confirm);
  return clearSessionCookie(NextResponse.json({ ok: true }, { headers: { "Cache-Control": "no-store" } }));
});
