import pg from "pg";
import type { Bbox } from "@/lib/geo/bbox";
import { biggestPlaces } from "@/lib/geo/places";

/** About a 1280×800 map at zoom 13: a neighbourhood-to-city view. */
const HALF_LNG = 0.11;
const HALF_LAT = 0.07;

export type CityViewport = { name: string; bbox: Bbox; matches: number; sampleSlug: string };

/**
 * The city-zoom viewport of the benchmark: among the big cities, the one whose view at zoom ~13
 * holds closest to `target` upcoming public actions (the seed is random, so this is found, not assumed).
 */
export async function pickCityViewport(url: string, target: number): Promise<CityViewport> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let best: CityViewport | null = null;
    for (const c of biggestPlaces(600)) {
      const bbox: Bbox = [round(c.lng - HALF_LNG), round(c.lat - HALF_LAT), round(c.lng + HALF_LNG), round(c.lat + HALF_LAT)];
      const { rows } = await client.query(
        `SELECT count(*)::int AS n, min("slug") AS slug FROM "Action" WHERE "status" = 'PUBLISHED' AND "endsAt" >= now()
           AND "location" <@ box(point($1, $2), point($3, $4))`,
        bbox,
      );
      const n = rows[0].n as number;
      if (!best || Math.abs(n - target) < Math.abs(best.matches - target)) best = { name: `${c.name} (${c.country})`, bbox, matches: n, sampleSlug: rows[0].slug };
      if (Math.abs(n - target) <= target * 0.05) break;
    }
    return best!;
  } finally {
    await client.end();
  }
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;
