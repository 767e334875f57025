/** Headers on every API response: lib/security/headers.ts's base set, with a CSP that allows nothing. */
const API_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  "X-Frame-Options": "DENY",
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets several checkouts' test runs build side by side without clobbering one another.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  // Types are checked once by `npm run typecheck` (its own CI step); building does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // forbidden(): pages refuse signed-in people without the right role with a real 403.
  experimental: { authInterrupts: true },
  // Static assets and the API skip the proxy. Assets still must not be sniffed or framed; the API
  // gets every header a page gets except the page CSP (HSTS, which depends on the request's
  // scheme, is added by lib/cli/serve.ts). tests/unit/security/api-headers.test.ts keeps these
  // equal to lib/security/headers.ts.
  async headers() {
    return [
      { source: "/api/:path*", headers: Object.entries(API_HEADERS).map(([key, value]) => ({ key, value })) },
      {
        source: "/_next/static/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
  // Native/WASM database drivers and large data packages are loaded by Node, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "bcryptjs",
    "nodemailer",
  ],
};

export default nextConfig;
