import { z } from "zod";
import { foldName } from "./fold-name";
import { buildGazetteerIndex, candidateWords, type GazetteerIndex } from "./gazetteer-index";

export const place = z.object({
  name: z.string().describe("The spelling the query matched (so the reader's own language when GeoNames has it), else the town's main name"),
  country: z.string(),
  lat: z.number(),
  lng: z.number(),
  population: z.number().int(),
});
export type Place = z.infer<typeof place>;

export const placesQuery = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

let index: GazetteerIndex | undefined;

/** Built on first use (about two seconds), then kept: a visitor's searches never leave our server. */
export function gazetteer(): GazetteerIndex {
  index ??= buildGazetteerIndex();
  return index;
}

// Match quality, best first: a whole name; the start of a main name, then of another spelling;
// the start of a later word of a main name, then of another spelling. GeoNames lists many
// transliterations, so "sao pa" should offer São Paulo's towns before Luanda's "Sao Paolo de Loanda".
const EXACT = 0;
const PREFIX = 1;
const WORD = 3;
type Hit = { city: number; key: number };

/**
 * Towns whose name in any script, any of GeoNames' alternate spellings included, matches the
 * query with accents, case and punctuation ignored: whole-name matches first, then names that
 * start with it, then names with a later word that does (main names before other spellings);
 * biggest first within each.
 * cities500 does not say which language a spelling is in, so a result is shown in the spelling
 * the query matched ("Londres" → "Londres", GB): the one the reader typed in their own language.
 */
export async function searchPlaces(q: string, limit = 10): Promise<Place[]> {
  const key = foldName(q);
  if (!key) return [];
  const g = gazetteer();
  // Each class keeps its 2 × limit biggest towns: at most `limit` of them can be shown by a better class.
  const classes: Hit[][] = [[], [], [], [], []];
  const { from, to } = candidateWords(g, key);
  for (let w = from; w < to; w++) {
    const p = g.words[w];
    if (key.length > 3 && !g.keys.startsWith(key, p)) continue;
    const k = g.wordKey[w];
    const alt = 1 - g.keyMain[k];
    const quality = p !== g.keyStart[k] ? WORD + alt : g.keyStart[k + 1] - 1 === p + key.length ? EXACT : PREFIX + alt;
    keepBiggest(classes[quality], { city: g.keyCity[k], key: k }, limit * 2);
  }
  const shown = new Set<number>();
  const out: Place[] = [];
  for (const hit of classes.flat()) {
    if (out.length >= limit) break;
    if (shown.has(hit.city)) continue;
    shown.add(hit.city);
    out.push(toPlace(g, hit));
  }
  return out;
}

/**
 * Keeps `list` as the `cap` biggest distinct towns seen (lower number = bigger), sorted. A long
 * query's group is already in size order, so this mostly appends; a short query spans groups.
 */
function keepBiggest(list: Hit[], hit: Hit, cap: number) {
  const last = list.at(-1);
  if (list.length >= cap && last && hit.city >= last.city) return;
  if (list.some((h) => h.city === hit.city)) return;
  let i = list.length;
  while (i > 0 && list[i - 1].city > hit.city) i--;
  list.splice(i, 0, hit);
  if (list.length > cap) list.pop();
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

function toPlace(g: GazetteerIndex, { city, key }: Hit): Place {
  return {
    name: g.spellings.slice(g.spellingStart[key], g.spellingStart[key + 1] - 1),
    country: g.countries.slice(city * 2, city * 2 + 2).trim(),
    lat: round(g.lat[city]),
    lng: round(g.lng[city]),
    population: g.population[city],
  };
}

/** The n biggest towns under their main names, biggest first (the benchmark seeds actions around them). */
export function biggestPlaces(n: number): Place[] {
  const g = gazetteer();
  const out: Place[] = [];
  for (let k = 0; out.length < Math.min(n, g.size) && k < g.keyCity.length; k++) {
    if (k === 0 || g.keyCity[k] !== g.keyCity[k - 1]) out.push(toPlace(g, { city: g.keyCity[k], key: k }));
  }
  return out;
}
