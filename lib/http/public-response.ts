import { createHash } from "node:crypto";

/** Public reads are the same for everyone: let browsers and proxies reuse them briefly. */
export const PUBLIC_MAX_AGE = 30;
/** Whatever depends on who is asking: never stored, by the browser or anything in between. */
export const PRIVATE_NO_STORE = "private, no-store";

type PublicOptions = { contentType: string; maxAge?: number; headers?: Record<string, string> };

/**
 * A response that is the same for every visitor, signed in or not (the caller must not have read
 * the session), with validators: a strong ETag over the exact bytes, so it changes whenever any
 * part of the body does — including what the data version does not cover (RSVP and pledge
 * counts, statement text, actions leaving an "upcoming" window) — and a matching If-None-Match
 * gets a bodiless 304. The body is still computed; what a poll saves is the transfer.
 */
export function publicResponse(req: Request, body: string, { contentType, maxAge = PUBLIC_MAX_AGE, headers = {} }: PublicOptions): Response {
  const etag = `"${createHash("sha256").update(contentType).update("\n").update(body).digest("base64url").slice(0, 27)}"`;
  const url = new URL(req.url);
  const validators = {
    ETag: etag,
    "Last-Modified": firstServed(`${url.pathname}${url.search}`, etag).toUTCString(),
    "Cache-Control": `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 2}`,
  };
  if (noneMatch(req.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: validators });
  return new Response(body, { headers: { "Content-Type": contentType, ...validators, ...headers } });
}

export function publicJson(req: Request, data: unknown, maxAge = PUBLIC_MAX_AGE): Response {
  return publicResponse(req, JSON.stringify(data), { contentType: "application/json", maxAge });
}

/** If-None-Match compares weakly (RFC 9110 §13.1.2): a proxy that gzipped our body may send W/"…". */
function noneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === etag;
  });
}

/**
 * Last-Modified is when this process first served the current bytes at this URL. It is a hint
 * only: several processes each keep their own, and a body can return to earlier bytes (an RSVP
 * and its cancellation), so If-Modified-Since is never trusted to answer 304 — the ETag decides.
 */
const MAX_URLS = 10_000;
const served = new Map<string, { etag: string; since: Date }>();

function firstServed(key: string, etag: string): Date {
  const seen = served.get(key);
  served.delete(key);
  const entry = seen?.etag === etag ? seen : { etag, since: new Date(Math.floor(Date.now() / 1000) * 1000) };
  served.set(key, entry);
  if (served.size > MAX_URLS) served.delete(served.keys().next().value as string);
  return entry.since;
}
