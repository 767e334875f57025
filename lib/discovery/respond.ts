import { NextResponse } from "next/server";

/** Public reads are the same for everyone: let browsers and proxies reuse them briefly. */
export const PUBLIC_MAX_AGE = 30;

export function publicCacheHeaders(maxAge = PUBLIC_MAX_AGE): Record<string, string> {
  return { "Cache-Control": `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 2}` };
}

export function publicJson(data: unknown, maxAge = PUBLIC_MAX_AGE): NextResponse {
  return NextResponse.json(data, { headers: publicCacheHeaders(maxAge) });
}

/** Text bodies (calendars, feeds) with the same caching. */
export function publicText(body: string, contentType: string, maxAge = PUBLIC_MAX_AGE, extra: Record<string, string> = {}): Response {
  return new Response(body, { headers: { "Content-Type": contentType, ...publicCacheHeaders(maxAge), ...extra } });
}
