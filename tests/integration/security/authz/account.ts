import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import type { Acting } from "../world";
import { signedIn, type AuthzRow } from "./types";

async function extraSession(self: Acting) {
  if (!self) return "no-session";
  const db = await getDb();
  const s = await db.session.create({ data: { userId: self.id, sessionToken: randomBytes(24).toString("hex"), expires: new Date(Date.now() + 3_600_000) } });
  return s.id;
}

/** A person's own account: only ever their own rows, whatever role they have elsewhere. */
export const accountRows: AuthzRow[] = [
  { key: "GET /api/me", request: () => ({}), expect: signedIn(200) },
  { key: "PATCH /api/me", clone: true, request: () => ({ body: { locale: "fr" } }), expect: signedIn(200) },
  { key: "DELETE /api/me", clone: true, request: (_w, _p, self) => ({ body: { confirm: self?.email ?? "x@example.test" } }), expect: signedIn(200) },
  { key: "DELETE /api/me", variant: "someone else's address as confirmation", request: (w) => ({ body: { confirm: w.users.attendee.email } }), expect: signedIn(400) },
  { key: "GET /api/me/export", request: () => ({}), expect: signedIn(200) },
  { key: "PUT /api/me/password", clone: true, request: () => ({ body: { newPassword: "a brand new passphrase" } }), expect: signedIn(200) },
  { key: "GET /api/me/sessions", request: () => ({}), expect: signedIn(200) },
  { key: "DELETE /api/me/sessions", clone: true, request: () => ({}), expect: signedIn(200) },
  { key: "DELETE /api/me/sessions/[id]", clone: true, request: async (_w, _p, self) => ({ params: { id: await extraSession(self) } }), expect: signedIn(200) },
  // Someone else's session cannot be ended, and its existence is not confirmed either.
  {
    key: "DELETE /api/me/sessions/[id]",
    variant: "another person's session",
    request: async (w) => ({ params: { id: await extraSession({ id: w.users.attendee.id, email: "", cookie: "" }) } }),
    expect: signedIn(404),
  },
];
