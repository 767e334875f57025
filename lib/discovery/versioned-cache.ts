/**
 * A small in-process cache of results that are only valid for one version of the data. An entry
 * serves a reader who saw version v only if it was computed from a snapshot at least that new,
 * and only for `ttlMs` (results that depend on the clock, like "not ended yet", age too).
 * Identical misses share one computation. Bounded by total weight, least recently used out first.
 */
type Entry<T> = { version: number; expiresAt: number; weight: number; value: T };
type Pending<T> = { atLeast: number; promise: Promise<T> };

export type VersionedCacheOptions<T> = { ttlMs: number; maxWeight: number; weigh: (value: T) => number; now?: () => number };

export class VersionedCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly pending = new Map<string, Pending<T>>();
  private weight = 0;

  constructor(private readonly options: VersionedCacheOptions<T>) {}

  /**
   * `version` is what the caller just read; `compute` must run in a snapshot no older than that
   * and report the version of its own snapshot.
   */
  async get(key: string, version: number, compute: () => Promise<{ version: number; value: T }>): Promise<T> {
    const now = this.options.now?.() ?? Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.version >= version && hit.expiresAt > now) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    const running = this.pending.get(key);
    if (running && running.atLeast >= version) return running.promise;
    const promise = compute().then(
      (result) => {
        if (this.pending.get(key)?.promise === promise) this.pending.delete(key);
        this.store(key, result.version, result.value, now);
        return result.value;
      },
      (error: unknown) => {
        if (this.pending.get(key)?.promise === promise) this.pending.delete(key);
        throw error;
      },
    );
    this.pending.set(key, { atLeast: version, promise });
    return promise;
  }

  private store(key: string, version: number, value: T, startedAt: number) {
    const old = this.entries.get(key);
    if (old && old.version > version) return;
    const weight = this.options.weigh(value);
    if (weight > this.options.maxWeight) return;
    if (old) this.remove(key, old);
    this.entries.set(key, { version, value, weight, expiresAt: startedAt + this.options.ttlMs });
    this.weight += weight;
    for (const [k, e] of this.entries) {
      if (this.weight <= this.options.maxWeight) break;
      this.remove(k, e);
    }
  }

  private remove(key: string, entry: Entry<T>) {
    this.entries.delete(key);
    this.weight -= entry.weight;
  }

  get size(): number {
    return this.entries.size;
  }
}
