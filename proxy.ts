import { NextResponse, type NextRequest } from "next/server";
import { hreflangLinks } from "@/lib/i18n/alternates";
import { isLocale } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { baseSecurityHeaders, pageCsp } from "@/lib/security/headers";

/**
 * Runs before every page (never the API, whose headers are static and set by next.config.js):
 * security headers, a fresh CSP nonce per page (Next reads it from the request's CSP header and
 * stamps its own scripts), and every page lives under /{locale} — anything else is redirected to
 * the visitor's language.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const https = (process.env.APP_URL ?? "").startsWith("https://") || request.nextUrl.protocol === "https:";
  const base = baseSecurityHeaders(https);

  const first = pathname.split("/")[1];
  if (!isLocale(first)) {
    const url = request.nextUrl.clone();
    url.pathname = `/${negotiateLocale(request.headers.get("accept-language"))}${pathname === "/" ? "" : pathname}`;
    url.search = search;
    const res = NextResponse.redirect(url, 307);
    for (const [k, v] of Object.entries(base)) res.headers.set(k, v);
    return res;
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = pageCsp(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set("Content-Security-Policy", csp);
  for (const [k, v] of Object.entries(base)) res.headers.set(k, v);
  const origin = process.env.APP_URL ?? request.nextUrl.origin;
  res.headers.set("Link", hreflangLinks(origin, pathname.slice(first.length + 1) || "/", search));
  return res;
}

export const config = {
  // The API skips this entirely: running the page pipeline for a JSON request cost ~1–2 ms each.
  // Icons are static files at the root (app/icon.svg, app/apple-icon.png): not pages, no locale.
  matcher: ["/((?!api/|api$|_next/static|_next/image|favicon.ico|icon.svg|apple-icon.png).*)"],
};
