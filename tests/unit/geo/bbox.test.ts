import { describe, expect, it } from "vitest";
import { bboxContains, splitBbox, wrapLng } from "@/lib/geo/bbox";

describe("wrapLng", () => {
  it.each([
    [0, 0], [180, 180], [-180, -180], [190, -170], [-190, 170], [540, 180], [360, 0], [-360, 0], [359.5, -0.5],
  ])("%d → %d", (input, expected) => {
    expect(wrapLng(input)).toBeCloseTo(expected, 9);
  });
});

describe("splitBbox", () => {
  it("keeps an ordinary box", () => {
    expect(splitBbox([-10, 40, 10, 60])).toEqual([{ west: -10, south: 40, east: 10, north: 60 }]);
  });

  it("splits a box crossing the antimeridian into two", () => {
    expect(splitBbox([170, -30, -170, 10])).toEqual([
      { west: 170, south: -30, east: 180, north: 10 },
      { west: -180, south: -30, east: -170, north: 10 },
    ]);
  });

  it("treats unwrapped longitudes from a panned map like the wrapped ones", () => {
    expect(splitBbox([170, -30, 190, 10])).toEqual(splitBbox([170, -30, -170, 10]));
    expect(splitBbox([-200, 0, -160, 5])).toEqual(splitBbox([160, 0, -160, 5]));
  });

  it("covers every longitude when the span is a full turn or more", () => {
    expect(splitBbox([-300, -10, 300, 10])).toEqual([{ west: -180, south: -10, east: 180, north: 10 }]);
  });

  it("contains points on both sides of the date line and nothing between", () => {
    const bbox: [number, number, number, number] = [170, -30, -170, 10];
    expect(bboxContains(bbox, 0, 175)).toBe(true);
    expect(bboxContains(bbox, 0, -175)).toBe(true);
    expect(bboxContains(bbox, 0, 180)).toBe(true);
    expect(bboxContains(bbox, 0, 0)).toBe(false);
    expect(bboxContains(bbox, 20, 175)).toBe(false);
  });
});
