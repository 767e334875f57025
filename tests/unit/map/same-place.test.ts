import { describe, expect, it } from "vitest";
import { clusterCount } from "@/components/map/cluster-count";
import { groupBySamePlace } from "@/components/map/same-place";

describe("actions at the same place", () => {
  it("groups points within about a metre, keeps others apart and skips unplaced ones", () => {
    const groups = groupBySamePlace([
      { id: "a", lat: 51.500001, lng: -0.120001 },
      { id: "b", lat: 51.500004, lng: -0.119998 },
      { id: "c", lat: 51.5001, lng: -0.12 },
      { id: "d", lat: null, lng: null },
    ]);
    expect(groups.map((g) => g.items.map((i) => i.id))).toEqual([["a", "b"], ["c"]]);
    expect(groups[0]).toMatchObject({ lat: 51.500001, lng: -0.120001 });
  });
});

describe("cluster counts", () => {
  it("stay short enough for their bubble, in the reader's digits", () => {
    expect(clusterCount("en")(999)).toBe("999");
    expect(clusterCount("en")(12_345)).toBe("12.3K");
    expect(clusterCount("ar")(7)).toBe(new Intl.NumberFormat("ar").format(7));
  });
});
