import type { ClustersResponse } from "../actions/public-dto";
import { getDb } from "../db";
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { Locale } from "../i18n/locales";
import { computeClusters, type ClusterParams } from "./cluster-actions";
import { readDiscoveryVersion } from "./discovery-version";
import { PUBLIC_MAX_AGE } from "../http/public-response";
import type { QueryOptions } from "./search-actions";
import { VersionedCache } from "./versioned-cache";

/**
 * Cached results live as long as the HTTP response may be reused anyway (Cache-Control max-age):
 * what changes with the clock alone ("not ended yet") and RSVP counters on points are at most
 * that old; everything else is exact, because a result is only served for the data version it saw.
 */
const TTL_MS = PUBLIC_MAX_AGE * 1000;
/** About 20 MB: a point is a few hundred bytes, a cluster less. */
const MAX_WEIGHT = 50_000;

type Caches = WeakMap<object, VersionedCache<ClustersResponse>>;
const g = globalThis as typeof globalThis & { __mobiliseClusterCaches?: Caches };
// One cache per database client (tests swap databases), shared by every route bundle of the process.
const caches: Caches = (g.__mobiliseClusterCaches ??= new WeakMap());

function cacheFor(db: PrismaClient): VersionedCache<ClustersResponse> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new VersionedCache({ ttlMs: TTL_MS, maxWeight: MAX_WEIGHT, weigh: (r) => 1 + r.clusters.length + r.points.length });
    caches.set(db, cache);
  }
  return cache;
}

/** The same query always gives the same key: keys in a fixed order, kinds sorted, dates as ISO. */
export function clusterCacheKey(params: ClusterParams, locale: Locale): string {
  const { bbox, zoom, kind, from, to, when, statement, chapter, mode, lang, q } = params;
  return JSON.stringify([locale, bbox, zoom, kind ? [...kind].sort() : null, from?.toISOString() ?? null, to?.toISOString() ?? null,
    when ?? null, statement ?? null, chapter ?? null, mode ?? null, lang ?? null, q ?? null]);
}

/**
 * Map clusters for a viewport, shared between requests: one cheap read of the discovery version
 * per request; on a miss the version and every query of the result come from one snapshot, so a
 * result is never filed under a version newer than the data it shows. Several instances each keep
 * their own cache and stay correct because they all read the same version row.
 */
export async function clusterActions(params: ClusterParams, locale: Locale, options: QueryOptions = {}): Promise<ClustersResponse> {
  const db = await getDb();
  // An explicit clock (tests, previews of another time) is never cached.
  if (options.now) return computeClusters(db, params, locale, options.now);
  const version = await readDiscoveryVersion(db);
  if (version === null) return computeClusters(db, params, locale, new Date());
  return cacheFor(db).get(clusterCacheKey(params, locale), version, () =>
    db.$transaction(
      async (tx) => {
        const seen = await readDiscoveryVersion(tx);
        return { version: seen ?? version, value: await computeClusters(tx, params, locale, new Date()) };
      },
      // A whole-world miss takes a second or more on a busy machine: far from Prisma's 5 s default, but not by much.
      { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, maxWait: 10_000, timeout: 60_000 },
    ),
  );
}
