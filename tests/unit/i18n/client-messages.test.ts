import { describe, expect, it } from "vitest";
import { clientMessages, SHARED_CLIENT_MESSAGES, withFallback } from "@/lib/i18n/client-messages";
import { catalogues } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translator";

describe("messages sent to the browser", () => {
  it("carries only the parts asked for, in the reader's language", () => {
    const fr = clientMessages("fr", ["discover", "admin.forbidden"]);
    expect(Object.keys(fr).sort()).toEqual(["admin", "discover"]);
    expect(fr.discover).toEqual(catalogues.fr.discover);
    expect(Object.keys(fr.admin!)).toEqual(["forbidden"]);
    expect(fr.admin!.forbidden).toEqual(catalogues.fr.admin.forbidden);
  });

  it("never sends mail texts or the organiser and admin namespaces to every page", () => {
    const shared = clientMessages("ar", SHARED_CLIENT_MESSAGES);
    expect(shared).not.toHaveProperty("mail");
    expect(shared).not.toHaveProperty("organise");
    expect(Object.keys(shared.admin!)).toEqual(["forbidden"]);
  });

  it("merges the English fallback in on the server, key by key", () => {
    const merged = withFallback({ a: { b: "fr b" }, p: "{count, plural, other {# fr}}" }, { a: { b: "en b", c: "en c" }, p: "{count, plural, one {# en} other {# en}}", d: "en d" });
    expect(merged).toEqual({ a: { b: "fr b", c: "en c" }, p: "{count, plural, other {# fr}}", d: "en d" });
  });

  it("translates in the browser with the same results as on the server", () => {
    const t = translator("ar", clientMessages("ar", ["home"]));
    expect(t("home.goingCount", { count: 2 })).toBe("شخصان سيحضران");
    expect(translator("fr", clientMessages("fr", ["home"]))("home.goingCount", { count: 1 })).toBe("1 participant");
  });
});
