import { describe, expect, it } from "vitest";
import { barGeometry } from "@/lib/admin/chart";

describe("barGeometry", () => {
  it("scales bars to the largest value and keeps zero days visible", () => {
    const { bars, max } = barGeometry([{ label: "a", value: 0 }, { label: "b", value: 5 }, { label: "c", value: 10 }], 30, 100, 0);
    expect(max).toBe(10);
    expect(bars.map((b) => b.height)).toEqual([1, 50, 100]);
    expect(bars.map((b) => b.y)).toEqual([99, 50, 0]);
    expect(bars.map((b) => b.x)).toEqual([0, 10, 20]);
    expect(bars.every((b) => b.width === 10)).toBe(true);
  });

  it("draws an all-zero period as stubs, and no points as nothing", () => {
    expect(barGeometry([{ label: "a", value: 0 }], 10, 50).bars[0].height).toBe(1);
    expect(barGeometry([], 10, 50)).toEqual({ bars: [], max: 0 });
  });
});
