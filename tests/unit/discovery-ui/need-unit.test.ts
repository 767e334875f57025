import { describe, expect, it } from "vitest";
import { needUnit } from "@/lib/discovery-ui/need-unit";

describe("needUnit", () => {
  it.each([
    ["kg", "kg"],
    ["Kilos", "kg"],
    ["litres", "litres"],
    ["Liter", "litres"],
    [" tins ", "tins"],
    ["pcs.", "pieces"],
    ["pair", "pairs"],
    ["Boxes", "boxes"],
  ])("reads %j as %s", (raw, unit) => {
    expect(needUnit(raw)).toBe(unit);
  });

  it.each([null, "", "crates of 12", "rolls"])("keeps %j as typed (null)", (raw) => {
    expect(needUnit(raw)).toBeNull();
  });
});
