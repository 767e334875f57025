import { describe, expect, it } from "vitest";
import { dateTimeFormat, displayNames, numberFormat } from "@/lib/i18n/intl-cache";

describe("shared Intl formatters", () => {
  it("one instance per locale and options, formatting exactly as a fresh one", () => {
    const options = { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Hong_Kong" } as const;
    expect(dateTimeFormat("fr", options)).toBe(dateTimeFormat("fr", { ...options }));
    expect(dateTimeFormat("fr", options)).not.toBe(dateTimeFormat("ar", options));
    const at = new Date("2026-12-06T10:00:00Z");
    expect(dateTimeFormat("fr", options).format(at)).toBe(new Intl.DateTimeFormat("fr", options).format(at));
    expect(numberFormat("en", { style: "currency", currency: "HKD" }).format(800)).toBe("HK$800.00");
    expect(displayNames("es", { type: "language" }).of("tl")).toBe(new Intl.DisplayNames(["es"], { type: "language" }).of("tl"));
  });

  it("an invalid zone still throws, and is not remembered", () => {
    expect(() => dateTimeFormat("en", { timeZone: "Mars/Olympus" })).toThrow(RangeError);
    expect(() => dateTimeFormat("en", { timeZone: "Mars/Olympus" })).toThrow(RangeError);
  });
});
