import { describe, expect, it } from "vitest";
import { bboxContains, bboxToBounds, boundsToBbox, formatBbox, parseBbox, parseZoom, wrapLng } from "@/lib/discovery-ui/viewport";

describe("wrapLng", () => {
  it.each([
    [0, 0],
    [190, -170],
    [-190, 170],
    [540, 180],
    [180, 180],
    [-180, -180],
    [359.5, -0.5],
  ])("%d → %d", (input, expected) => expect(wrapLng(input)).toBeCloseTo(expected, 9));
});

describe("boundsToBbox", () => {
  it("keeps an ordinary view as is", () => {
    expect(boundsToBbox(-10, 40, 20, 60)).toEqual([-10, 40, 20, 60]);
  });
  it("keeps a view across the antimeridian as minLng > maxLng", () => {
    expect(boundsToBbox(170, -20, 190, 10)).toEqual([170, -20, -170, 10]);
  });
  it("turns a view wider than the world into the whole world", () => {
    expect(boundsToBbox(-300, -80, 200, 80)).toEqual([-180, -80, 180, 80]);
  });
  it("clamps latitudes and rounds to 4 decimals", () => {
    expect(boundsToBbox(1.123456, -95, 2.987654, 95)).toEqual([1.1235, -90, 2.9877, 90]);
  });
});

describe("parseBbox", () => {
  it("reads what formatBbox writes", () => {
    expect(parseBbox(formatBbox([114, 22.2, 114.3, 22.4]))).toEqual([114, 22.2, 114.3, 22.4]);
  });
  it("accepts the antimeridian", () => {
    expect(parseBbox("170,-20,-170,10")).toEqual([170, -20, -170, 10]);
  });
  it.each(["", "1,2,3", "a,b,c,d", "1,2,3,4,5", "0,50,10,40", "0,-91,10,10", "-181,0,0,1"])("refuses %j", (v) => {
    expect(parseBbox(v)).toBeNull();
  });
});

describe("bboxContains and bboxToBounds", () => {
  it("handles a box across the antimeridian", () => {
    const box: [number, number, number, number] = [170, -20, -170, 10];
    expect(bboxContains(box, 0, 175)).toBe(true);
    expect(bboxContains(box, 0, -175)).toBe(true);
    expect(bboxContains(box, 0, 0)).toBe(false);
    expect(bboxContains(box, 11, 175)).toBe(false);
    expect(bboxToBounds(box)).toEqual([
      [-20, 170],
      [10, 190],
    ]);
  });
});

describe("parseZoom", () => {
  it.each([
    ["3", 3],
    ["0", 0],
    ["19", 19],
    ["20", null],
    ["2.5", null],
    ["x", null],
    [null, null],
  ])("%j → %j", (v, expected) => expect(parseZoom(v)).toBe(expected));
});
