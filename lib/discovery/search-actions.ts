import type { ActionListResponse } from "../actions/public-dto";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { Locale } from "../i18n/locales";
import { loadPublicItems } from "./action-items";
import { decodeCursor, encodeCursor } from "./cursor";
import type { ActionFilters } from "./filters";
import { sqlAnd, sqlTimestamp } from "./sql";
import { actionFrom, filterConditions } from "./where";

export type QueryOptions = { now?: Date };

/** The id query behind the list; exported so a test can EXPLAIN exactly what runs. */
export function searchSql(filters: ActionFilters, now: Date, limit: number): Prisma.Sql {
  const where = filterConditions(filters, now);
  const after = filters.cursor ? decodeCursor(filters.cursor) : null;
  // Keyset pagination on (startsAt, id): rows inserted between pages never shift what follows.
  if (after) where.push(Prisma.sql`(a."startsAt", a."id") > (${sqlTimestamp(after.startsAt)}, ${after.id})`);
  return Prisma.sql`SELECT a."id", a."startsAt" FROM ${actionFrom(filters)} WHERE ${sqlAnd(where)}
    ORDER BY a."startsAt" ASC, a."id" ASC LIMIT ${limit}`;
}

/** Published actions matching the filters, soonest first, one page at a time. */
export async function searchActions(filters: ActionFilters, locale: Locale, options: QueryOptions = {}): Promise<ActionListResponse> {
  const db = await getDb();
  const limit = filters.limit ?? 50;
  const rows = await db.$queryRaw<{ id: string; startsAt: Date }[]>(searchSql(filters, options.now ?? new Date(), limit + 1));
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor({ startsAt: new Date(last.startsAt), id: last.id }) : null;
  return { items: await loadPublicItems(page.map((r) => r.id), locale), nextCursor };
}
