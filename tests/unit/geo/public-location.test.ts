import { describe, expect, it } from "vitest";
import { APPROXIMATE_RADIUS_M, publicLocation } from "@/lib/geo/public-location";

const metres = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
  const R = 6_371_000;
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
};

describe("public location", () => {
  const real = { lat: 22.2819, lng: 114.1582 };

  it("is the real point only for EXACT", () => {
    expect(publicLocation(real, "EXACT")).toEqual(real);
  });

  it.each(["APPROXIMATE", "REVEAL_TO_ATTENDEES"] as const)("moves %s actions away from the real point but keeps it inside the circle", (privacy) => {
    for (let i = 0; i < 200; i++) {
      const p = publicLocation(real, privacy);
      const d = metres(real, p);
      expect(d).toBeGreaterThan(200);
      expect(d).toBeLessThan(APPROXIMATE_RADIUS_M);
    }
  });

  it("is fixed for a seed and differs between seeds", () => {
    expect(publicLocation(real, "APPROXIMATE", "a")).toEqual(publicLocation(real, "APPROXIMATE", "a"));
    expect(publicLocation(real, "APPROXIMATE", "a")).not.toEqual(publicLocation(real, "APPROXIMATE", "b"));
  });

  it("wraps across the antimeridian", () => {
    for (let i = 0; i < 50; i++) {
      const p = publicLocation({ lat: -17.7, lng: 179.999 }, "APPROXIMATE");
      expect(p.lng).toBeGreaterThanOrEqual(-180);
      expect(p.lng).toBeLessThanOrEqual(180);
    }
  });
});
