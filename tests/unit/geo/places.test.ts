import { beforeAll, describe, expect, it } from "vitest";
import { foldName } from "@/lib/geo/fold-name";
import { gazetteer, searchPlaces } from "@/lib/geo/places";

const first = async (q: string) => (await searchPlaces(q, 5))[0];

describe("foldName", () => {
  it("ignores accents, case, punctuation and spacing in any script", () => {
    expect(foldName("  São  Paulo ")).toBe("sao paulo");
    expect(foldName("MONTRÉAL")).toBe("montreal");
    expect(foldName("Saint-Étienne")).toBe("saint etienne");
    expect(foldName("STRAßE")).toBe("strasse");
    expect(foldName("ＴＯＫＹＯ")).toBe("tokyo");
    // Arabic vowel signs, hamza seats and the tatweel do not matter.
    expect(foldName("القَاهِرَة")).toBe(foldName("القاهره"));
    expect(foldName("أربيل")).toBe(foldName("اربيل"));
    expect(foldName("هونغ ـ كونغ")).toBe("هونغ كونغ");
  });
});

describe("searchPlaces (GeoNames cities500 with alternate names)", () => {
  // The index is built on first use: seconds on a busy machine.
  beforeAll(() => void gazetteer(), 120_000);

  it("finds a town under its name in other languages, shown in the spelling typed", async () => {
    expect(await first("Londres")).toMatchObject({ name: "Londres", country: "GB", lat: expect.closeTo(51.5, 1) });
    expect(await first("Manille")).toMatchObject({ name: "Manille", country: "PH", lat: expect.closeTo(14.6, 1) });
    expect(await first("Maynila")).toMatchObject({ name: "Maynila", country: "PH" });
    expect(await first("هونغ كونغ")).toMatchObject({ name: "هونغ كونغ", country: "HK", lng: expect.closeTo(114.2, 1) });
    expect(await first("香港")).toMatchObject({ name: "香港", country: "HK" });
  });

  it("forgives slips in accents and case", async () => {
    for (const q of ["londres", "LONDRES", "Londrès", "lóndres"]) expect(await first(q)).toMatchObject({ country: "GB", population: expect.any(Number) });
    for (const q of ["manille", "MANILLE", "Mànille", "maynilà"]) expect(await first(q)).toMatchObject({ country: "PH" });
    for (const q of ["montreal", "MONTREAL", "Montréal", "MONTRÈAL"]) expect(await first(q)).toMatchObject({ name: "Montréal", country: "CA" });
    expect(await first("SAO PAULO")).toMatchObject({ name: "São Paulo", country: "BR" });
    expect(await first("هونج كونج")).toMatchObject({ country: "HK" });
  });

  it("ranks whole names before starts of names before later words, then by population", async () => {
    // The name shown is the spelling that matched, so its match class can be read back from it.
    const quality = (q: string, name: string) => (foldName(name) === q ? 0 : foldName(name).startsWith(q) ? 1 : 2);
    for (const q of ["york", "london", "san jose", "kong"]) {
      const found = await searchPlaces(q, 50);
      const classes = found.map((p) => quality(q, p.name));
      expect(classes).toEqual([...classes].sort((a, b) => a - b));
      const exact = found.filter((_, i) => classes[i] === 0);
      for (let i = 1; i < exact.length; i++) expect(exact[i - 1].population).toBeGreaterThanOrEqual(exact[i].population);
    }
    expect(await first("york")).toMatchObject({ name: "York", country: "GB" });
    expect(await first("sao pa")).toMatchObject({ name: "São Paulo", country: "BR" });
    expect(await first("hong k")).toMatchObject({ name: "Hong Kong", country: "HK" });
  });

  it("returns each town once, at most `limit`, and nothing for nonsense", async () => {
    const many = await searchPlaces("san", 20);
    expect(many).toHaveLength(20);
    expect(new Set(many.map((p) => `${p.lat},${p.lng}`)).size).toBe(20);
    expect((await searchPlaces("ma", 8)).length).toBe(8);
    expect(await searchPlaces("zzzzqqq", 5)).toEqual([]);
    expect(await searchPlaces(" -- ", 5)).toEqual([]);
  });
});
