import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/negotiate";
import { hreflangLinks } from "@/lib/i18n/alternates";
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
    ["zh-HK,zh;q=0.9,en;q=0.8", "zh-Hant"],
    ["zh-TW", "zh-Hant"],
    ["zh-Hant-HK", "zh-Hant"],
    ["fil-PH,en;q=0.5", "tl"],
    ["tl", "tl"],
    ["pt-BR,pt;q=0.9", "pt"],
    ["pt-PT", "pt"],
    ["__proto__, constructor;q=0.5", "en"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});

describe("hreflang alternates", () => {
  it("names the same page in every interface language, and x-default", () => {
    const links = hreflangLinks("https://mobilise.example", "/statements/x", "?a=1");
    for (const l of LOCALES) expect(links).toContain(`<https://mobilise.example/${l}/statements/x?a=1>; rel="alternate"; hreflang="${l}"`);
    expect(links).toContain(`<https://mobilise.example/statements/x?a=1>; rel="alternate"; hreflang="x-default"`);
    expect(hreflangLinks("https://m.example", "/")).toContain(`<https://m.example/zh-Hant>; rel="alternate"; hreflang="zh-Hant"`);
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

describe("right-to-left amounts and zones", () => {
  it("keeps a currency symbol and a zone name in one left-to-right piece in Arabic", () => {
    expect(formatMoney(80000, "HKD", "ar")).toContain("\u2066HK$\u2069");
    expect(zoneLabel("2026-07-01T09:00:00Z", "ar", "Asia/Hong_Kong")).toContain("\u2066Asia/Hong_Kong\u2069");
  });

  it("leaves left-to-right languages untouched", () => {
    expect(formatMoney(80000, "HKD", "en")).toBe("HK$800");
    expect(zoneLabel("2026-07-01T09:00:00Z", "en", "Asia/Hong_Kong")).not.toMatch(/[\u2066-\u2069]/);
  });
});
