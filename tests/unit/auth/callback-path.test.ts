import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { localeOfCallbackUrl } from "@/lib/auth/request-locale";
import { hashVerificationToken } from "@/lib/auth/magic-link";
import { createHash } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

describe("safeCallbackPath", () => {
  it.each([
    ["/fr/me/rsvps", "/fr/me/rsvps"],
    ["/ar", "/ar"],
    ["/en/actions/x?tab=1", "/en/actions/x?tab=1"],
    [`http://localhost:3000/es/me`, "/es/me"],
  ])("keeps the in-app path %s", (input, expected) => {
    expect(safeCallbackPath(input, "en")).toBe(expected);
  });

  it.each([["https://evil.example/en/me"], ["//evil.example/en"], ["/en//evil.example"], ["/xx/me"], ["/api/me"], ["javascript:alert(1)"], [""]])(
    "replaces %s with the account page",
    (input) => {
      expect(safeCallbackPath(input, "id")).toBe("/id/me");
    },
  );

  it("takes the first of repeated values and defaults when absent", () => {
    expect(safeCallbackPath(["/fr/me", "https://evil.example"], "en")).toBe("/fr/me");
    expect(safeCallbackPath(undefined, "ar")).toBe("/ar/me");
  });
});

describe("localeOfCallbackUrl", () => {
  it("reads the first path segment when it is a locale", () => {
    expect(localeOfCallbackUrl("http://localhost:3000/ar/me")).toBe("ar");
    expect(localeOfCallbackUrl("/id")).toBe("id");
    expect(localeOfCallbackUrl("/api/x")).toBeNull();
    expect(localeOfCallbackUrl(null)).toBeNull();
  });
});

describe("hashVerificationToken", () => {
  it("is next-auth v4's hashToken: sha256(token + secret), hex", () => {
    expect(hashVerificationToken("abc")).toBe(createHash("sha256").update(`abc${authSecret()}`).digest("hex"));
  });
});
