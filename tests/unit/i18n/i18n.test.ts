import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { createTranslator } from "@/lib/i18n/translate";
import { formatDateTime, formatMoney, zoneLabel } from "@/lib/i18n/format";
import { LOCALES, textDirection } from "@/lib/i18n/locales";
import { catalogues } from "@/lib/i18n/messages";

describe("locale negotiation", () => {
  it.each([
    ["fr-FR,fr;q=0.9,en;q=0.8", "fr"],
    ["de-DE,de;q=0.9", "en"],
    ["de;q=1, ar;q=0.5", "ar"],
    ["es-MX", "es"],
    ["id-ID,en;q=0.5", "id"],
    [null, "en"],
    ["en;q=0, fr;q=0.1", "fr"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe("translation", () => {
  it("interpolates and formats numbers per locale", () => {
    expect(createTranslator("en")("home.goingCount", { count: 1200 })).toBe("1,200 going");
    expect(createTranslator("fr")("home.goingCount", { count: 1 })).toBe("1 participant");
  });

  it("uses Arabic plural forms", () => {
    const t = createTranslator("ar");
    expect(t("home.goingCount", { count: 2 })).toBe("شخصان سيحضران");
    expect(t("home.goingCount", { count: 5 })).toMatch(/^(5|٥) أشخاص/);
  });

  it("has the same keys in every language", () => {
    const keys = (o: object, p = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        typeof v === "string" ? [p + k] : keys(v as object, `${p}${k}.`),
      );
    const english = keys(catalogues.en).sort();
    for (const locale of LOCALES) expect(keys(catalogues[locale]).sort()).toEqual(english);
  });

  it("writes Arabic right to left", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("fr")).toBe("ltr");
  });
});

describe("formatting", () => {
  it("shows a time in the action's zone with the zone named", () => {
    const s = formatDateTime("2026-07-01T09:00:00Z", "en", "Asia/Hong_Kong");
    expect(s).toContain("5:00");
    expect(s).toContain("Asia/Hong_Kong");
    expect(zoneLabel("2026-07-01T09:00:00Z", "en", "Europe/London")).toContain("Europe/London");
  });

  it("formats money from ISO minor units, independent of display digits", () => {
    expect(formatMoney(123456, "GBP", "en")).toBe("£1,234.56");
    expect(formatMoney(5000, "JPY", "en")).toBe("¥5,000");
    expect(formatMoney(1500, "JOD", "en")).toContain("1.5");
    expect(formatMoney(1000000, "IDR", "id")).toContain("10.000");
  });
});
