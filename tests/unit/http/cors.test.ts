import { describe, expect, it } from "vitest";
import { corsHeaders } from "@/lib/http/cors";

const get = (url: string, headers: Record<string, string> = {}) => corsHeaders({ method: "GET", url, headers });
const preflight = (url: string, method: string) => corsHeaders({ method: "OPTIONS", url, headers: { "access-control-request-method": method } });

describe("CORS on the public read API", () => {
  const publicReads = [
    "/api/actions?bbox=1,2,3,4",
    "/api/actions/abc",
    "/api/actions/clusters?zoom=3",
    "/api/actions/abc/ics",
    "/api/statements",
    "/api/statements/some-slug",
    "/api/chapters",
    "/api/chapters/hong-kong",
    "/api/feeds/actions.atom",
    "/api/feeds/chapters/hong-kong",
    "/api/places?q=lon",
    "/api/openapi.json",
  ];

  it.each(publicReads)("an anonymous GET of %s may be read by any origin, never with credentials", (url) => {
    expect(get(url)).toEqual({ "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "ETag, Last-Modified" });
    expect(corsHeaders({ method: "HEAD", url, headers: {} })?.["Access-Control-Allow-Origin"]).toBe("*");
  });

  it.each(publicReads)("a preflight for a GET of %s allows the validators as request headers", (url) => {
    const h = preflight(url, "GET")!;
    expect(h["Access-Control-Allow-Origin"]).toBe("*");
    expect(h["Access-Control-Allow-Methods"]).toBe("GET, HEAD, OPTIONS");
    expect(h["Access-Control-Allow-Headers"]).toContain("If-None-Match");
    expect(h["Access-Control-Expose-Headers"]).toBe("ETag, Last-Modified");
    expect(Object.keys(h)).not.toContain("Access-Control-Allow-Credentials");
  });

  it("gives writes nothing: no headers on the request, no preflight approval", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(corsHeaders({ method, url: "/api/actions/abc", headers: {} })).toBeNull();
      expect(preflight("/api/actions/abc", method)).toBeNull();
    }
    expect(corsHeaders({ method: "OPTIONS", url: "/api/actions", headers: {} })).toBeNull();
  });

  it("gives nothing to what depends on who asks", () => {
    for (const url of ["/api/me", "/api/me/rsvps", "/api/actions/abc/me", "/api/actions/abc/attendees", "/api/actions/abc/attendees.csv", "/api/chapters/hk/members", "/api/admin/users", "/api/rsvps/x"]) {
      expect(get(url), url).toBeNull();
      expect(preflight(url, "GET"), url).toBeNull();
    }
  });

  it("gives nothing to a request that carries a session, whose answer may be personal", () => {
    expect(get("/api/actions/abc", { cookie: "theme=dark; mobilise.session=abc" })).toBeNull();
    expect(get("/api/actions/abc", { cookie: "theme=dark" })?.["Access-Control-Allow-Origin"]).toBe("*");
  });
});
