import { sessionCookieName } from "../auth/session-cookie";

/**
 * The public read API, readable from any website's JavaScript (a chapter's own site showing its
 * actions): lists, details and clusters of actions, statements, chapters, feeds, places and the
 * OpenAPI document. Nothing that depends on who asks (me, members, attendees) and no write.
 */
const PUBLIC_READS = [
  /^\/api\/actions(?:\/clusters|\/near)?$/,
  /^\/api\/actions\/[^/]+(?:\/ics)?$/,
  /^\/api\/statements(?:\/[^/]+)?$/,
  /^\/api\/chapters(?:\/[^/]+)?$/,
  /^\/api\/feeds\/.+$/,
  /^\/api\/places$/,
  /^\/api\/openapi\.json$/,
];
const READ_METHODS = new Set(["GET", "HEAD"]);

/** Validators another developer's client may send back (ETag / Last-Modified). */
const ALLOWED_REQUEST_HEADERS = "If-None-Match, If-Modified-Since";

type CorsRequest = { method?: string; url?: string; headers: { cookie?: string; "access-control-request-method"?: string } };

/**
 * CORS headers for one request, or none. `*` and never credentials: a browser exposes such a
 * response only to requests sent without cookies, so another site can read exactly what an
 * anonymous visitor sees. A request that carries our session gets none (its answer may be
 * personal, and is never shared-cached). A preflight is answered only for reads.
 */
export function corsHeaders(req: CorsRequest): Record<string, string> | null {
  const path = (req.url ?? "").split("?")[0];
  if (!PUBLIC_READS.some((re) => re.test(path))) return null;
  if (req.method === "OPTIONS") {
    const wanted = req.headers["access-control-request-method"];
    if (!wanted || !READ_METHODS.has(wanted)) return null;
    return {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": ALLOWED_REQUEST_HEADERS,
      "Access-Control-Expose-Headers": "ETag, Last-Modified",
      "Access-Control-Max-Age": "7200",
    };
  }
  if (!READ_METHODS.has(req.method ?? "") || hasSession(req.headers.cookie)) return null;
  return { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "ETag, Last-Modified" };
}

function hasSession(cookie: string | undefined): boolean {
  if (!cookie) return false;
  const name = sessionCookieName();
  return cookie.split(";").some((part) => part.trim().startsWith(`${name}=`));
}
