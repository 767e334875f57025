import { describe, expect, it } from "vitest";
import { foldName, searchPlaces } from "@/lib/geo/places";

describe("offline gazetteer", () => {
  it("folds accents and case", () => {
    expect(foldName("  São  Paulo ")).toBe("sao paulo");
    expect(foldName("MONTRÉAL")).toBe("montreal");
  });

  it("finds by prefix, biggest first", async () => {
    const sao = await searchPlaces("sao pa", 3);
    expect(sao[0]).toMatchObject({ name: "São Paulo", country: "BR" });
    const hong = await searchPlaces("HONG K", 1);
    expect(hong).toEqual([{ name: "Hong Kong", country: "HK", lat: expect.closeTo(22.28, 1), lng: expect.closeTo(114.17, 1), population: expect.any(Number) }]);
    const many = await searchPlaces("san", 20);
    expect(many).toHaveLength(20);
    for (let i = 1; i < many.length; i++) expect(many[i - 1].population).toBeGreaterThanOrEqual(many[i].population);
    expect(await searchPlaces("zzzzqqq", 5)).toEqual([]);
  });
});
