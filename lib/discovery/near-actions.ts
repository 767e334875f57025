import { z } from "zod";
import { nearActionItem, type NearActionItem } from "../actions/public-dto";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import { EARTH_RADIUS_KM, radiusBoxes } from "../geo/distance";
import type { Locale } from "../i18n/locales";
import { loadPublicItems } from "./action-items";
import { actionFiltersObject, type ActionFilters } from "./filters";
import type { QueryOptions } from "./search-actions";
import { sqlAnd, sqlInBoxes } from "./sql";
import { actionFrom, filterConditions } from "./where";

export const MAX_RADIUS_KM = 500;

export const nearParamsObject = actionFiltersObject.omit({ bbox: true, cursor: true }).extend({
  lat: z.coerce.number().min(-90).max(90),
  lng: z.coerce.number().min(-180).max(180),
  radiusKm: z.coerce.number().positive().max(MAX_RADIUS_KM).default(25).describe("5, 25, 100 or any value up to 500"),
});

export type NearParams = Omit<ActionFilters, "bbox" | "cursor"> & { lat: number; lng: number; radiusKm?: number };
export const nearResponse = z.object({ items: z.array(nearActionItem) });

/** Great-circle distance computed in SQL on the public point. */
function distanceSql(lat: number, lng: number): Prisma.Sql {
  return Prisma.sql`(2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1, sqrt(
    power(sin(radians(a."publicLat" - ${lat}::float8) / 2), 2) +
    cos(radians(${lat}::float8)) * cos(radians(a."publicLat")) * power(sin(radians(a."publicLng" - ${lng}::float8) / 2), 2)))))`;
}

/**
 * The id query: a box around the circle (answered by the GiST index), then the exact distance
 * on that small set, nearest first.
 */
export function nearSql(params: NearParams, now: Date, limit: number): Prisma.Sql {
  return Prisma.sql`SELECT id, "distanceKm" FROM (${nearMatchSql(params, now)}) AS near
    ORDER BY "distanceKm" ASC, "startsAt" ASC, id ASC LIMIT ${limit}`;
}

/** Every action within the radius with its distance, unordered (shared by the list and its count). */
export function nearMatchSql(params: NearParams, now: Date): Prisma.Sql {
  const radiusKm = params.radiusKm ?? 25;
  const where = filterConditions(params, now, { bbox: false });
  where.push(sqlInBoxes(radiusBoxes(params.lat, params.lng, radiusKm)));
  return Prisma.sql`SELECT id, "distanceKm", "startsAt" FROM (
      SELECT a."id" AS id, ${distanceSql(params.lat, params.lng)} AS "distanceKm", a."startsAt" AS "startsAt"
      FROM ${actionFrom(params)} WHERE ${sqlAnd(where)}) AS inside
    WHERE "distanceKm" <= ${radiusKm}::float8`;
}

/** Published actions within the radius of a point, nearest first, with their distance. */
export async function nearActions(params: NearParams, locale: Locale, options: QueryOptions = {}): Promise<{ items: NearActionItem[] }> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ id: string; distanceKm: number }[]>(nearSql(params, options.now ?? new Date(), params.limit ?? 50));
  const distance = new Map(rows.map((r) => [r.id, Math.round(Number(r.distanceKm) * 100) / 100]));
  const items = await loadPublicItems(rows.map((r) => r.id), locale);
  return { items: items.map((item) => ({ ...item, distanceKm: distance.get(item.id) ?? 0 })) };
}
