import cluster from "node:cluster";
import http from "node:http";
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clusterActionsQuery, listActionsQuery } from "@/lib/discovery/api-schemas";
import { clusterSql, MAX_POINTS } from "@/lib/discovery/cluster-actions";
import { itemsInOrder, publicItemsSql, type PublicItemSqlRow } from "@/lib/discovery/item-sql";
import { listPage, listPageSql } from "@/lib/discovery/search-actions";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The floor: the app's own SQL (imported from lib/discovery, not copied) served by node:http and
 * pg with nothing else — no Next, no Prisma, no gate. What the app adds on top is its overhead.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
const MAX_CLUSTERS = 2000;

const run = <T extends pg.QueryResultRow>(sql: Prisma.Sql) => pool.query<T>(sql.text, sql.values as unknown[]);

async function loadItemsFloor(ids: string[], locale: Locale) {
  return ids.length ? itemsInOrder(ids, (await run<PublicItemSqlRow>(publicItemsSql(ids))).rows, locale) : [];
}

async function list(query: Record<string, string>) {
  const { locale, ...filters } = listActionsQuery.parse(query);
  const limit = filters.limit ?? 50;
  return listPage((await run<PublicItemSqlRow>(listPageSql(filters, new Date(), limit + 1))).rows, limit, locale);
}

type Cell = { n: number; lat: number; lng: number; west: number; south: number; east: number; north: number; oneId: string };

async function clusters(query: Record<string, string>) {
  const { locale, ...params } = clusterActionsQuery.parse(query);
  // The same coarsening as clusterActions: zoom out until clusters and single points both fit.
  for (let zoom = params.zoom; ; zoom--) {
    const { rows } = await run<Cell>(clusterSql(params, new Date(), zoom));
    const cells = rows.map((c) => ({ ...c, n: Number(c.n), lat: Number(c.lat), lng: Number(c.lng) }));
    const singles = cells.filter((c) => c.n === 1);
    const groups = cells.filter((c) => c.n > 1);
    if ((singles.length > MAX_POINTS || groups.length > MAX_CLUSTERS) && zoom > 0) continue;
    return {
      clusters: groups.map((c) => ({ lat: c.lat, lng: c.lng, count: c.n, bbox: [Number(c.west), Number(c.south), Number(c.east), Number(c.north)] })),
      points: await loadItemsFloor(singles.map((c) => c.oneId).sort().slice(0, MAX_POINTS), locale),
    };
  }
}

function serve() {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://floor");
    const query = Object.fromEntries(url.searchParams);
    try {
      const body =
        url.pathname === "/api/actions" ? await list(query) : url.pathname === "/api/actions/clusters" ? await clusters(query) : url.pathname === "/api/health" ? { ok: true } : null;
      if (!body) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(body));
    } catch (e) {
      res.writeHead(500, { "Content-Type": "text/plain" }).end(String(e));
    }
  });
  server.listen(Number(process.env.PORT ?? 3197), "127.0.0.1");
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => pool.end().then(() => process.exit(0))));
}

// As many processes as the app gets (WEB_CONCURRENCY), sharing the port the same way.
const processes = Number(process.env.WEB_CONCURRENCY ?? 1);
if (cluster.isPrimary && processes > 1) {
  for (let i = 0; i < processes; i++) cluster.fork();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      cluster.on("exit", () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
    });
  }
} else {
  serve();
}
