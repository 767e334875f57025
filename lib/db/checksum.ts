import type { PrismaClient } from "../generated/prisma/client";

/**
 * Row count and an order-independent checksum per table: proves a restore is identical, and that
 * rejected requests changed nothing.
 */
export async function tableChecksums(db: PrismaClient, exclude: string[] = []): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const { tablename } of tables) {
    if (exclude.includes(tablename)) continue;
    const [row] = await db.$queryRawUnsafe<{ rows: bigint; md5: string | null }[]>(
      `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS md5 FROM "${tablename.replace(/"/g, '""')}" t`,
    );
    out[tablename] = { rows: Number(row.rows), md5: row.md5 ?? "" };
  }
  return out;
}
