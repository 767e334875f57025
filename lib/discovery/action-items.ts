import type { PublicActionItem } from "../actions/public-dto";
import { getDb } from "../db";
import type { PrismaClient } from "../generated/prisma/client";
import type { Locale } from "../i18n/locales";
import { itemsInOrder, publicItemsSql, type PublicItemSqlRow } from "./item-sql";

/** The Prisma client or a transaction of it: all a read needs. */
export type SqlReader = Pick<PrismaClient, "$queryRaw">;

/** Loads public items for ids found by a spatial/keyset query, keeping that query's order. */
export async function loadPublicItems(ids: string[], locale: Locale, db?: SqlReader): Promise<PublicActionItem[]> {
  if (ids.length === 0) return [];
  const reader = db ?? (await getDb());
  return itemsInOrder(ids, await reader.$queryRaw<PublicItemSqlRow[]>(publicItemsSql(ids)), locale);
}
