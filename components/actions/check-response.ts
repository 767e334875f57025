import type { ActionListResponse, ClustersResponse, PublicActionItem } from "@/lib/actions/public-dto";

/*
 * Plain checks of what our own API answers, enough that a card or marker never renders from a
 * malformed body. The server builds these shapes with the zod schemas in lib/actions/public-dto;
 * importing them here would add zod (~30 kB gzip) to the home page's JavaScript.
 */
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;
const isCoord = (x: unknown) => x === null || Number.isFinite(x);
const isCount = (x: unknown) => Number.isInteger(x);

function isItem(x: unknown): x is PublicActionItem {
  if (!isObject(x) || !isObject(x.chapter) || !isObject(x.statement) || !isObject(x.counts)) return false;
  const strings = [x.id, x.slug, x.kind, x.title, x.startsAt, x.endsAt, x.timeZone, x.mode, x.chapter.name, x.chapter.slug, x.statement.title, x.statement.slug];
  const c = x.counts;
  const languages = Array.isArray(x.languages) && x.languages.every((l) => typeof l === "string");
  return strings.every((s) => typeof s === "string") && languages && isCoord(x.lat) && isCoord(x.lng) && [c.going, c.waitlisted, c.pledges, c.commitments].every(isCount) && (c.capacity === null || isCount(c.capacity));
}

export function readActionList(body: unknown): ActionListResponse {
  if (isObject(body) && Array.isArray(body.items) && body.items.every(isItem) && (body.nextCursor === null || typeof body.nextCursor === "string")) {
    return body as ActionListResponse;
  }
  throw new Error("actions: unexpected response");
}

export function readClusters(body: unknown): ClustersResponse {
  const isCluster = (c: unknown) => isObject(c) && Number.isFinite(c.lat) && Number.isFinite(c.lng) && isCount(c.count) && Array.isArray(c.bbox) && c.bbox.length === 4 && c.bbox.every(Number.isFinite);
  if (isObject(body) && Array.isArray(body.clusters) && body.clusters.every(isCluster) && Array.isArray(body.points) && body.points.every(isItem)) {
    return body as ClustersResponse;
  }
  throw new Error("clusters: unexpected response");
}
