import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { ActionFilters } from "./filters";
import { nearMatchSql, type NearParams } from "./near-actions";
import type { QueryOptions } from "./search-actions";
import { sqlAnd } from "./sql";
import { actionFrom, filterConditions } from "./where";

/**
 * Counting stops here: a list of the whole world says "more than 10,000" rather than reading every
 * upcoming action's index entry on each page view, so a count costs at most this many entries.
 */
export const COUNT_CAP = 10_000;

export type ActionCount = { count: number; capped: boolean };

/** The same conditions as the list's id query, without its cursor: how many actions the filters match. */
export function countSql(filters: ActionFilters, now: Date): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS "n" FROM (SELECT 1 FROM ${actionFrom(filters)} WHERE ${sqlAnd(filterConditions(filters, now))}
    LIMIT ${COUNT_CAP + 1}) AS matching`;
}

export function nearCountSql(params: NearParams, now: Date): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS "n" FROM (SELECT 1 FROM (${nearMatchSql(params, now)}) AS near LIMIT ${COUNT_CAP + 1}) AS matching`;
}

async function run(sql: Prisma.Sql): Promise<ActionCount> {
  const db = await getDb();
  const [{ n }] = await db.$queryRaw<{ n: number }[]>(sql);
  const count = Number(n);
  return count > COUNT_CAP ? { count: COUNT_CAP, capped: true } : { count, capped: false };
}

/** How many published actions match the list's filters (a cursor, if any, is ignored). */
export function countActions(filters: ActionFilters, options: QueryOptions = {}): Promise<ActionCount> {
  const { cursor: _cursor, ...rest } = filters;
  return run(countSql(rest, options.now ?? new Date()));
}

/** How many published actions are within the radius, for the "near me" list. */
export function countNearActions(params: NearParams, options: QueryOptions = {}): Promise<ActionCount> {
  return run(nearCountSql(params, options.now ?? new Date()));
}
