import { describe, expect, it } from "vitest";
import { boxContains } from "@/lib/geo/bbox";
import { haversineKm, radiusBoxes } from "@/lib/geo/distance";
import { mercatorX, mercatorY } from "@/lib/geo/mercator";

describe("haversineKm", () => {
  it("matches known distances", () => {
    expect(haversineKm(51.5074, -0.1278, 48.8566, 2.3522)).toBeCloseTo(343.5, 0); // London–Paris
    expect(haversineKm(22.3193, 114.1694, 1.3521, 103.8198)).toBeCloseTo(2590, -1); // Hong Kong–Singapore
    expect(haversineKm(0, 179.9, 0, -179.9)).toBeCloseTo(22.24, 1); // across the date line
    expect(haversineKm(10, 10, 10, 10)).toBe(0);
  });
});

describe("radiusBoxes", () => {
  // Every point on the circle must fall in one of the boxes (the index prefilter may not drop any).
  const cases: [number, number, number][] = [[51.5, -0.12, 5], [51.5, -0.12, 500], [-18, 179.9, 100], [0, -179.99, 25], [89, 0, 500], [-89.5, 45, 100], [70, 20, 500]];
  it.each(cases)("around (%d, %d) with %d km contains the whole circle", (lat, lng, radiusKm) => {
    const boxes = radiusBoxes(lat, lng, radiusKm);
    expect(boxes.length).toBeLessThanOrEqual(2);
    for (let bearing = 0; bearing < 360; bearing += 5) {
      // Destination point formula on the sphere.
      const d = radiusKm / 6371.0088;
      const b = (bearing * Math.PI) / 180;
      const φ1 = (lat * Math.PI) / 180;
      const λ1 = (lng * Math.PI) / 180;
      const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(b));
      const λ2 = λ1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
      const pLat = (φ2 * 180) / Math.PI;
      const pLng = ((((λ2 * 180) / Math.PI + 540) % 360) + 360) % 360 - 180;
      expect(boxes.some((box) => boxContains(box, pLat, pLng)), `${bearing}° → ${pLat},${pLng}`).toBe(true);
    }
  });
});

describe("mercator", () => {
  it("maps the world to the unit square", () => {
    expect(mercatorX(-180)).toBe(0);
    expect(mercatorX(180)).toBe(1);
    expect(mercatorY(0)).toBeCloseTo(0.5, 12);
    expect(mercatorY(90)).toBeCloseTo(0, 6);
    expect(mercatorY(-90)).toBeCloseTo(1, 6);
  });
});
