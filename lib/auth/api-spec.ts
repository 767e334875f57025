import { z } from "zod";
import type { OperationSpec } from "../openapi/operation";
import {
  changePasswordBody,
  deleteMeBody,
  endedResponse,
  magicLinkBody,
  magicLinkResponse,
  meResponse,
  okResponse,
  passwordSignInBody,
  sessionsResponse,
  updateMeBody,
} from "./schemas";

const exportResponse = z.object({
  exportedAt: z.string(),
  profile: z.object({ id: z.string(), email: z.string().nullable(), name: z.string().nullable(), locale: z.string() }).loose(),
  memberships: z.array(z.object({}).loose()),
  sessions: z.array(z.object({}).loose()),
  signInMethods: z.array(z.object({}).loose()),
  rsvps: z.array(z.object({}).loose()),
  pledges: z.array(z.object({}).loose()),
  commitments: z.array(z.object({}).loose()),
});

const tags = ["auth"];
/** The sign-in page's forms, sent as they are when JavaScript is off. */
const signInForm = z.object({
  locale: z.string().optional(),
  callbackUrl: z.string().optional().describe("Where to go after signing in (a path of ours)"),
  back: z.string().describe("The sign-in page, for errors: ?passwordError= or ?magicLinkError="),
});
const me = ["account"];

export const authOperations: OperationSpec[] = [
  {
    method: "post",
    path: "/api/auth/password",
    summary: "Sign in with email and password; sets the session cookie. Unknown email and wrong password give the same 401. 429 after 10 failures per account or per address in 15 minutes. As an HTML form: 303 to callbackUrl with the cookie, or back with ?passwordError=CODE.",
    tags,
    auth: "none",
    body: passwordSignInBody,
    formBody: passwordSignInBody.and(signInForm),
    response: okResponse,
    errors: [400, 401, 403, 415, 429],
  },
  {
    method: "post",
    path: "/api/auth/magic-link",
    summary: "Email a one-time sign-in link (creates the account on first use). Same 200 whether or not the address has an account. As an HTML form: 303 to /{locale}/check-email, or back with ?magicLinkError=CODE.",
    tags,
    auth: "none",
    body: magicLinkBody,
    formBody: magicLinkBody.and(signInForm),
    response: magicLinkResponse,
    errors: [400, 403, 415, 429, 503],
  },
  {
    method: "get",
    path: "/api/auth/callback/email",
    summary: "The link in the sign-in mail (handled by next-auth): uses up the one-time token, creates the account on first use, sets the session cookie and redirects (302) to callbackUrl, or to /auth-error?error=Verification|AccessDenied",
    tags,
    auth: "none",
    query: z.object({ token: z.string(), email: z.string(), callbackUrl: z.string().optional() }),
    responseContentType: "text/html",
    successStatus: 302,
    errors: [],
  },
  { method: "post", path: "/api/auth/sign-out", summary: "End this session server-side and clear the cookie", tags, auth: "none", response: okResponse, errors: [403] },
  { method: "get", path: "/api/me", summary: "The signed-in account", tags: me, auth: "required", response: meResponse, errors: [401] },
  { method: "patch", path: "/api/me", summary: "Change name or language", tags: me, auth: "required", body: updateMeBody, response: meResponse, errors: [400, 401, 403, 415] },
  {
    method: "delete",
    path: "/api/me",
    summary: "Delete the account: erases personal data everywhere, keeps anonymous counts, ends every session. Confirm with the account's email.",
    tags: me,
    auth: "required",
    body: deleteMeBody,
    response: okResponse,
    errors: [400, 401, 403, 415],
  },
  {
    method: "get",
    path: "/api/me/export",
    summary: "Download my data (JSON): profile, memberships, sessions, RSVPs, pledges, commitments",
    tags: me,
    auth: "required",
    response: exportResponse,
    errors: [401],
  },
  {
    method: "put",
    path: "/api/me/password",
    summary: "Change (or set) the password; ends every other session",
    tags: me,
    auth: "required",
    body: changePasswordBody,
    response: z.object({ ok: z.literal(true), endedSessions: z.number().int() }),
    errors: [400, 401, 403, 415, 429],
  },
  { method: "get", path: "/api/me/sessions", summary: "My live sessions (no IP or browser is stored)", tags: me, auth: "required", response: sessionsResponse, errors: [401] },
  { method: "delete", path: "/api/me/sessions", summary: "End all my other sessions", tags: me, auth: "required", response: endedResponse, errors: [401, 403] },
  { method: "delete", path: "/api/me/sessions/{id}", summary: "End one of my sessions", tags: me, auth: "required", response: endedResponse, errors: [401, 403, 404] },
];
