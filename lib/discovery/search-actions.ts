import type { ActionListResponse } from "../actions/public-dto";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { Locale } from "../i18n/locales";
import { decodeCursor, encodeCursor } from "./cursor";
import type { ActionFilters } from "./filters";
import { itemsOf, PUBLIC_ITEM_JOINS, PUBLIC_ITEM_JSON, type PublicItemSqlRow } from "./item-sql";
import { sqlAnd, sqlTimestamp } from "./sql";
import { actionFrom, filterConditions } from "./where";

export type QueryOptions = { now?: Date };

/** The id query behind the list (the benchmark times its spatial part alone). */
export function searchSql(filters: ActionFilters, now: Date, limit: number): Prisma.Sql {
  const where = filterConditions(filters, now);
  const after = filters.cursor ? decodeCursor(filters.cursor) : null;
  // Keyset pagination on (startsAt, id): rows inserted between pages never shift what follows.
  if (after) where.push(Prisma.sql`(a."startsAt", a."id") > (${sqlTimestamp(after.startsAt)}, ${after.id})`);
  return Prisma.sql`SELECT a."id", a."startsAt" FROM ${actionFrom(filters)} WHERE ${sqlAnd(where)}
    ORDER BY a."startsAt" ASC, a."id" ASC LIMIT ${limit}`;
}

/** A whole page in one statement: the id query, then each item's JSON in the same order. */
export function listPageSql(filters: ActionFilters, now: Date, limit: number): Prisma.Sql {
  return Prisma.sql`SELECT ${PUBLIC_ITEM_JSON} AS "item" FROM (${searchSql(filters, now, limit)}) AS page
    JOIN "Action" a ON a."id" = page."id" ${PUBLIC_ITEM_JOINS} ORDER BY page."startsAt" ASC, page."id" ASC`;
}

/** The response for rows of `listPageSql` run with limit + 1 (the extra row says there is a next page). */
export function listPage(rows: PublicItemSqlRow[], limit: number, locale: Locale): ActionListResponse {
  const items = itemsOf(rows.slice(0, limit), locale);
  const last = items[items.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor({ startsAt: new Date(last.startsAt), id: last.id }) : null;
  return { items, nextCursor };
}

/** Published actions matching the filters, soonest first, one page at a time. */
export async function searchActions(filters: ActionFilters, locale: Locale, options: QueryOptions = {}): Promise<ActionListResponse> {
  const db = await getDb();
  const limit = filters.limit ?? 50;
  return listPage(await db.$queryRaw<PublicItemSqlRow[]>(listPageSql(filters, options.now ?? new Date(), limit + 1)), limit, locale);
}
