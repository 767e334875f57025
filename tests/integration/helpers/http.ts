import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import { sessionCookieName } from "@/lib/auth/session-cookie";

type Handler<P> = (req: Request, ctx: { params: Promise<P> }) => Promise<Response>;

export type CallOptions = {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  params?: Record<string, string>;
  cookie?: string;
  ip?: string;
};

/** Calls a route handler the way Next does, with a real Request; no server needed. */
export async function call<P = Record<string, string>>(handler: Handler<P>, url: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { "x-mobilise-client-ip": options.ip ?? "203.0.113.7", ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const req = new Request(new URL(url, "http://localhost:3000"), { method: options.method ?? "GET", headers, body });
  const res = await handler(req, { params: Promise.resolve((options.params ?? {}) as P) });
  const text = await res.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json: json as Record<string, unknown> & { error?: { code: string; message: string; fields?: Record<string, { code: string; message: string }> } } };
}

/** A database session for the user, as the sign-in flows create; returns the Cookie header. */
export async function sessionCookieFor(userId: string): Promise<string> {
  const db = await getDb();
  const sessionToken = randomBytes(32).toString("base64url");
  await db.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + 86_400_000) } });
  return `${sessionCookieName()}=${sessionToken}`;
}

/** A plain HTML form post from one of our pages (the no-JavaScript path): urlencoded, same-origin. */
export function callForm<P = Record<string, string>>(
  handler: Handler<P>,
  url: string,
  fields: Record<string, string>,
  options: Omit<CallOptions, "method" | "body"> = {},
) {
  return call(handler, url, {
    ...options,
    method: "POST",
    body: new URLSearchParams(fields).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded", "sec-fetch-site": "same-origin", ...options.headers },
  });
}

/** Where a form's 303 sends the browser: the path and the outcome in its query. */
export function redirectOf(res: { headers: Headers }) {
  const url = new URL(res.headers.get("location") ?? "", "http://localhost:3000");
  return { path: url.pathname, query: Object.fromEntries(url.searchParams), origin: url.origin };
}
