import type { SqlReader } from "./action-items";

/**
 * The committed number of the "DiscoveryVersion" row: it goes up in the same commit as any change
 * the public map can see (triggers, see the discovery_version migration). Null if the row is
 * missing, in which case nothing may be cached.
 */
export async function readDiscoveryVersion(db: SqlReader): Promise<number | null> {
  const rows = await db.$queryRaw<{ version: bigint | number | string }[]>`SELECT "version" FROM "DiscoveryVersion" WHERE "id" = 1`;
  return rows.length ? Number(rows[0].version) : null;
}
