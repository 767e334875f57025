import { describe, expect, it } from "vitest";
import { VersionedCache } from "@/lib/discovery/versioned-cache";

function setup(maxWeight = 100) {
  let clock = 0;
  let computed = 0;
  const cache = new VersionedCache<string[]>({ ttlMs: 1000, maxWeight, weigh: (v) => v.length, now: () => clock });
  const compute = (version: number, value: string[]) => async () => {
    computed++;
    return { version, value };
  };
  return { cache, compute, tick: (ms: number) => (clock += ms), computed: () => computed };
}

describe("VersionedCache", () => {
  it("serves an entry to readers of its version or an older one, until it expires", async () => {
    const t = setup();
    expect(await t.cache.get("k", 3, t.compute(3, ["a"]))).toEqual(["a"]);
    expect(await t.cache.get("k", 3, t.compute(3, ["b"]))).toEqual(["a"]);
    expect(await t.cache.get("k", 2, t.compute(2, ["c"]))).toEqual(["a"]);
    t.tick(1000);
    expect(await t.cache.get("k", 3, t.compute(3, ["d"]))).toEqual(["d"]);
    expect(t.computed()).toBe(2);
  });

  it("recomputes for a reader who has seen a newer version", async () => {
    const t = setup();
    await t.cache.get("k", 3, t.compute(3, ["a"]));
    expect(await t.cache.get("k", 4, t.compute(4, ["b"]))).toEqual(["b"]);
    expect(await t.cache.get("k", 4, t.compute(4, ["c"]))).toEqual(["b"]);
  });

  it("files a result under the version its snapshot saw, not the one the reader asked with", async () => {
    const t = setup();
    await t.cache.get("k", 3, t.compute(5, ["new"]));
    expect(await t.cache.get("k", 5, t.compute(5, ["other"]))).toEqual(["new"]);
  });

  it("shares one computation between identical concurrent misses, but not with newer readers", async () => {
    const t = setup();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = async () => {
      await gate;
      return { version: 1, value: ["slow"] };
    };
    const a = t.cache.get("k", 1, slow);
    const b = t.cache.get("k", 1, slow);
    const c = t.cache.get("k", 2, t.compute(2, ["fresh"]));
    release();
    expect(await a).toEqual(["slow"]);
    expect(await b).toEqual(["slow"]);
    expect(await c).toEqual(["fresh"]);
    expect(await t.cache.get("k", 2, t.compute(2, ["x"]))).toEqual(["fresh"]);
  });

  it("does not keep failures", async () => {
    const t = setup();
    await expect(t.cache.get("k", 1, async () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect(await t.cache.get("k", 1, t.compute(1, ["ok"]))).toEqual(["ok"]);
  });

  it("stays under its weight, dropping the least recently used first", async () => {
    const t = setup(4);
    await t.cache.get("a", 1, t.compute(1, ["1", "2"]));
    await t.cache.get("b", 1, t.compute(1, ["1", "2"]));
    await t.cache.get("a", 1, t.compute(1, ["unused"]));
    await t.cache.get("c", 1, t.compute(1, ["1", "2"]));
    expect(t.cache.size).toBe(2);
    expect(await t.cache.get("a", 1, t.compute(1, ["recomputed"]))).toEqual(["1", "2"]);
    expect(await t.cache.get("b", 1, t.compute(1, ["recomputed"]))).toEqual(["recomputed"]);
    await t.cache.get("huge", 1, t.compute(1, ["1", "2", "3", "4", "5"]));
    expect(t.cache.size).toBeLessThanOrEqual(2);
  });
});
