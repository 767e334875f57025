import { describe, expect, it } from "vitest";
import { readActionList, readClusters } from "@/components/actions/check-response";
import { actionListResponse, clustersResponse } from "@/lib/actions/public-dto";

const item = {
  id: "a1",
  slug: "rally-a1",
  kind: "RALLY",
  title: "Rally",
  startsAt: "2026-07-01T09:00:00.000Z",
  endsAt: "2026-07-01T11:00:00.000Z",
  timeZone: "Europe/London",
  mode: "IN_PERSON",
  languages: ["en", "tl"],
  lat: 51.5,
  lng: null,
  locationPrivacy: "EXACT",
  chapter: { slug: "london", name: "London" },
  statement: { slug: "s", title: "Statement" },
  counts: { going: 3, waitlisted: 0, capacity: null, pledges: 0, commitments: 0 },
};

describe("the browser's plain checks of API answers (no zod on the client)", () => {
  it("accept what the server's schemas accept", () => {
    const list = { items: [item], nextCursor: "c" };
    expect(actionListResponse.parse(list)).toEqual(readActionList(list));
    const clusters = { clusters: [{ lat: 1, lng: 2, count: 5, bbox: [0, 1, 2, 3] }], points: [item] };
    expect(clustersResponse.parse(clusters)).toEqual(readClusters(clusters));
  });

  it("refuse a body a card or marker could not render", () => {
    const { chapter: _chapter, ...noChapter } = item;
    expect(() => readActionList({ items: [noChapter], nextCursor: null })).toThrow();
    expect(() => readActionList({ items: [{ ...item, counts: { ...item.counts, going: "3" } }], nextCursor: null })).toThrow();
    expect(() => readActionList({ items: [item] })).toThrow();
    expect(() => readClusters({ clusters: [{ lat: 1, lng: 2, count: 5, bbox: [0, 1, 2] }], points: [] })).toThrow();
    expect(() => readClusters({ error: { code: "RATE_LIMITED" } })).toThrow();
  });
});
