import { z } from "zod";
import type { ClustersResponse } from "../actions/public-dto";
import { Prisma } from "../generated/prisma/client";
import { ALL_POINTS_ZOOM } from "../discovery-ui/viewport";
import { splitBbox, type Bbox } from "../geo/bbox";
import { mercatorX, mercatorY } from "../geo/mercator";
import type { Locale } from "../i18n/locales";
import { loadPublicItems, type SqlReader } from "./action-items";
import { actionFiltersObject, bboxParam, type ActionFilters } from "./filters";
import { sqlAnd } from "./sql";
import { actionFrom, filterConditions } from "./where";

/** The promise to clients: never more than this many individual points in one response. */
export const MAX_POINTS = 2000;
const MAX_CLUSTERS = 2000;
/** Roughly a marker's footprint: points closer than this on screen merge. */
const CELL_PX = 60;
/** More grid cells than this over the bbox means the zoom does not fit the bbox; coarsen first. */
const MAX_CELLS = 4 * MAX_CLUSTERS;

export const clusterParamsObject = actionFiltersObject
  .omit({ cursor: true, limit: true })
  .extend({ bbox: bboxParam, zoom: z.coerce.number().int().min(0).max(24) });

export type ClusterParams = Omit<ActionFilters, "cursor" | "limit" | "bbox"> & { bbox: Bbox; zoom: number };

type CellRow = { n: number; lat: number; lng: number; west: number; south: number; east: number; north: number; oneId: string };

const cellSize = (zoom: number) => CELL_PX / (256 * 2 ** zoom);

function cellsOver(bbox: Bbox, zoom: number): number {
  const size = cellSize(zoom);
  return splitBbox(bbox).reduce((sum, b) => {
    const w = Math.ceil((mercatorX(b.east) - mercatorX(b.west)) / size) + 1;
    const h = Math.ceil((mercatorY(b.south) - mercatorY(b.north)) / size) + 1;
    return sum + w * h;
  }, 0);
}

/**
 * Grid clustering in Web Mercator tile space, so cells are square on screen and stable under
 * panning. The tile coordinates are stored per row (the location trigger keeps them), and the
 * representative of a one-action cell is compared bytewise: under the database's default collation
 * `min(id)` cost a third of a whole-world query.
 */
export function clusterSql(params: ClusterParams, now: Date, zoom: number): Prisma.Sql {
  const size = cellSize(zoom);
  return Prisma.sql`SELECT floor(a."tileX" / ${size}::float8) AS cx, floor(a."tileY" / ${size}::float8) AS cy,
      count(*)::int AS n, avg(a."publicLat") AS lat, avg(a."publicLng") AS lng,
      min(a."publicLng") AS west, min(a."publicLat") AS south, max(a."publicLng") AS east, max(a."publicLat") AS north,
      min(a."id" COLLATE "C") AS "oneId"
    FROM ${actionFrom(params)} WHERE ${sqlAnd(filterConditions(params, now))} GROUP BY 1, 2`;
}

/**
 * Map data for a viewport: clusters where actions are dense, individual points elsewhere. Every
 * query goes through `db`, so a caller can run them all in one snapshot (see cluster-cache.ts).
 */
export async function computeClusters(db: SqlReader, params: ClusterParams, locale: Locale, now: Date): Promise<ClustersResponse> {
  if (params.zoom >= ALL_POINTS_ZOOM) {
    const rows = await db.$queryRaw<{ id: string }[]>`SELECT a."id" FROM ${actionFrom(params)}
      WHERE ${sqlAnd(filterConditions(params, now))} ORDER BY a."id" LIMIT ${MAX_POINTS + 1}`;
    if (rows.length <= MAX_POINTS) return { clusters: [], points: await loadPublicItems(rows.map((r) => r.id), locale, db) };
  }
  let zoom = Math.min(params.zoom, 24);
  while (zoom > 0 && cellsOver(params.bbox, zoom) > MAX_CELLS) zoom--;
  for (;;) {
    const cells = (await db.$queryRaw<CellRow[]>(clusterSql(params, now, zoom))).map(numeric);
    const singles = cells.filter((c) => c.n === 1);
    const groups = cells.filter((c) => c.n > 1);
    // Each step out halves the grid in both directions, so this ends by zoom 0 (a few cells).
    if ((singles.length > MAX_POINTS || groups.length > MAX_CLUSTERS) && zoom > 0) {
      zoom--;
      continue;
    }
    const ids = singles.map((c) => c.oneId).sort();
    return {
      clusters: groups.map((c) => ({ lat: c.lat, lng: c.lng, count: c.n, bbox: [c.west, c.south, c.east, c.north] })),
      points: await loadPublicItems(ids.slice(0, MAX_POINTS), locale, db),
    };
  }
}

function numeric(row: CellRow): CellRow {
  return {
    n: Number(row.n),
    lat: Number(row.lat),
    lng: Number(row.lng),
    west: Number(row.west),
    south: Number(row.south),
    east: Number(row.east),
    north: Number(row.north),
    oneId: row.oneId,
  };
}
