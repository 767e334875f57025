import { tileConfig } from "../map/tile-config";

/** Only meaningful (and only sent) over HTTPS. */
export const HSTS = { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" };

/** Headers every response carries (pages, API, errors). */
export function baseSecurityHeaders(https: boolean): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    ...(https ? HSTS : {}),
  };
}

/**
 * Pages: scripts only with this request's nonce (and what they load, via 'strict-dynamic');
 * images from us and the configured tile server only. Styles allow inline attributes because
 * Leaflet and React set positions inline; scripts never do.
 */
export function pageCsp(nonce: string, dev: boolean): string {
  const tiles = tileConfig().upstreamOrigin;
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ""}`,
    `font-src 'self'`,
    `connect-src 'self'${dev ? " ws:" : ""}`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    `manifest-src 'self'`,
    `worker-src 'self' blob:`,
  ].join("; ");
}

export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
