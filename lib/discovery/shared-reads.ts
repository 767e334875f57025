import { getDb } from "../db";
import type { PrismaClient } from "../generated/prisma/client";
import { readDiscoveryVersion } from "./discovery-version";
import { VersionedCache } from "./versioned-cache";

/**
 * Public page data that anonymous views share: an action page shared in a large group chat is
 * opened thousands of times within minutes, and each view would otherwise repeat the same
 * queries. An entry serves only readers of the data version it was computed at (see
 * VersionedCache), so a publication, edit, cancellation or relocation shows at once; counters
 * the version does not cover (going, pledged, committed) and "not ended yet" may lag by TTL_MS
 * — the participation panel fetches fresh counts on load, and signed-in views never use this.
 */
const TTL_MS = 5_000;
const MAX_ENTRIES = 2_000;

type Caches = WeakMap<object, VersionedCache<unknown>>;
const g = globalThis as typeof globalThis & { __mobiliseSharedReads?: Caches };
// One cache per database client (tests swap databases), shared by every route bundle of the process.
const caches: Caches = (g.__mobiliseSharedReads ??= new WeakMap());

function cacheFor(db: PrismaClient): VersionedCache<unknown> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new VersionedCache<unknown>({ ttlMs: TTL_MS, maxWeight: MAX_ENTRIES, weigh: () => 1 });
    caches.set(db, cache);
  }
  return cache;
}

/**
 * `compute` runs after the version was read, so its data is at least that new: filing it under
 * that version never serves a reader older data than the version they saw.
 */
export async function sharedRead<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const db = await getDb();
  const version = await readDiscoveryVersion(db);
  if (version === null) return compute();
  return cacheFor(db).get(key, version, async () => ({ version, value: await compute() })) as Promise<T>;
}
