import { createUser } from "../../../factories";
import { hashPassword } from "@/lib/auth/password";
import { everyone, type AuthzRow } from "./types";

let knownHash: Promise<string> | undefined;
const PASSWORD = "correct horse battery";

/** Signing in and out does not depend on who is signed in already. */
export const authRows: AuthzRow[] = [
  // Only the email callback of next-auth is open; its other endpoints are closed for everyone.
  { key: "GET /api/auth/[...nextauth]", variant: "csrf", request: () => ({ params: { nextauth: ["csrf"] } }), expect: everyone(404) },
  { key: "GET /api/auth/[...nextauth]", variant: "session", request: () => ({ params: { nextauth: ["session"] } }), expect: everyone(404) },
  { key: "GET /api/auth/[...nextauth]", variant: "providers", request: () => ({ params: { nextauth: ["providers"] } }), expect: everyone(404) },
  // The one open endpoint: a made-up link is turned away to the error page, whoever follows it.
  {
    key: "GET /api/auth/[...nextauth]",
    variant: "email callback with a made-up token",
    request: () => ({ params: { nextauth: ["callback", "email"] }, query: { token: "0".repeat(64), email: "someone@example.test", callbackUrl: "http://localhost:3000/en/me" } }),
    expect: everyone([302, 303, 307]),
  },
  // Magic links are requested only through /api/auth/magic-link (rate limits live there).
  {
    key: "POST /api/auth/[...nextauth]",
    request: () => ({ params: { nextauth: ["signin", "email"] }, body: { email: "someone@example.test" } }),
    expect: everyone(404),
  },
  { key: "POST /api/auth/magic-link", request: () => ({ body: { email: "nobody-here@example.test" } }), expect: everyone(200) },
  { key: "POST /api/auth/magic-link", variant: "a suspended account's address: the same answer", request: (w) => ({ body: { email: w.users.suspended.email } }), expect: everyone(200) },
  {
    key: "POST /api/auth/password",
    variant: "right password",
    request: async () => {
      const u = await createUser({ passwordHash: await (knownHash ??= hashPassword(PASSWORD)) });
      return { body: { email: u.email, password: PASSWORD }, freshSession: true };
    },
    expect: everyone(200),
  },
  { key: "POST /api/auth/password", variant: "wrong password", request: (w) => ({ body: { email: w.users.admin.email, password: "not the password" } }), expect: everyone(401) },
  { key: "POST /api/auth/password", variant: "suspended account", request: (w) => ({ body: { email: w.users.suspended.email, password: "anything at all" } }), expect: everyone(401) },
  { key: "POST /api/auth/sign-out", request: () => ({ freshSession: true }), expect: everyone(200) },
];
