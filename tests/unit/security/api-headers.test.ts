import path from "node:path";
import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";
import { API_CSP, baseSecurityHeaders } from "@/lib/security/headers";

describe("API response headers (next.config.js, since API requests skip proxy.ts)", () => {
  it("are the pages' base security headers with the API's CSP, HSTS aside (added per request over HTTPS)", async () => {
    const config = ((await import(/* @vite-ignore */ path.join(process.cwd(), "next.config.js"))) as { default: NextConfig }).default;
    const rules = await config.headers!();
    const api = rules.find((r) => r.source === "/api/:path*")!;
    expect(Object.fromEntries(api.headers.map((h) => [h.key, h.value]))).toEqual({ ...baseSecurityHeaders(false), "Content-Security-Policy": API_CSP });
  });
});
