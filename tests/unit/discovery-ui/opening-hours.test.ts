import { describe, expect, it } from "vitest";
import { formatOpeningHours, parseOpeningHours } from "@/lib/discovery-ui/opening-hours";

// Isolates and direction marks dropped, the narrow and thin spaces ICU puts in times made plain.
const plain = (s: string) => s.replace(/[\u2068\u2069\u200e\u200f]/g, "").replace(/[\u202f\u2009\u00a0]/g, " ");

describe("parseOpeningHours", () => {
  it("reads the demo data's forms", () => {
    expect(parseOpeningHours("Mon–Fri 18:00–21:00, Sat 10:00–16:00")).toEqual([
      { days: [[0, 4]], from: [18, 0], to: [21, 0] },
      { days: [[5, 5]], from: [10, 0], to: [16, 0] },
    ]);
    expect(parseOpeningHours("Tue and Thu 17:00–20:00, Sat 11:00–15:00")?.[0].days).toEqual([
      [1, 1],
      [3, 3],
    ]);
    expect(parseOpeningHours("Daily 10:00–19:00")).toEqual([{ days: "daily", from: [10, 0], to: [19, 0] }]);
  });

  it.each(["By appointment", "Mon 25:00–26:00", "Weekends 10:00–12:00", ""])("gives up on %j", (raw) => {
    expect(parseOpeningHours(raw)).toBeNull();
  });
});

describe("formatOpeningHours", () => {
  it("says the hours in the reader's language", () => {
    expect(plain(formatOpeningHours("Mon–Fri 18:00–21:00, Sat 10:00–16:00", "en", "Daily"))).toBe("Mon–Fri 6:00 – 9:00 PM, Sat 10:00 AM – 4:00 PM");
    expect(plain(formatOpeningHours("Tue and Thu 17:00–20:00", "fr", "Tous les jours"))).toMatch(/^mar\. et jeu\. 17:00\s?–\s?20:00$/);
    const ar = formatOpeningHours("Daily 10:00–19:00", "ar", "يوميًا");
    expect(ar.startsWith("يوميًا \u2068")).toBe(true);
    expect(ar).not.toContain("Daily");
  });

  it("keeps what it cannot read, isolated", () => {
    expect(formatOpeningHours("By appointment", "ar", "يوميًا")).toBe("\u2068By appointment\u2069");
  });
});
