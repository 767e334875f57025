import { describe, expect, it } from "vitest";
import { readCookie } from "@/lib/auth/current-user";

describe("readCookie", () => {
  it("finds the named cookie among others and decodes it", () => {
    expect(readCookie("a=1; mobilise.session=abc%2Bdef; b=2", "mobilise.session")).toBe("abc+def");
    expect(readCookie("a=1", "mobilise.session")).toBeUndefined();
    expect(readCookie(null, "mobilise.session")).toBeUndefined();
  });

  it("a malformed value is no session, not an exception", () => {
    expect(readCookie("mobilise.session=%E0%A4%A", "mobilise.session")).toBeUndefined();
  });
});
