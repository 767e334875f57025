import { searchPlaces } from "../geo/places";
import type { Locale } from "../i18n/locales";
import { regionName } from "./language-name";

/**
 * A town name typed without JavaScript → the biggest town of that name in the offline gazetteer,
 * labelled "Town, Country" in the reader's language. null when nothing matches.
 */
export async function resolvePlace(name: string, locale: Locale): Promise<{ lat: number; lng: number; place: string } | null> {
  // "Paris, France" (a label we produced earlier) looks the town up by its first part.
  const town = name.split(",")[0]?.trim() ?? "";
  if (town.length < 2) return null;
  const [best] = await searchPlaces(town, 1);
  if (!best) return null;
  return { lat: best.lat, lng: best.lng, place: `${best.name}, ${regionName(best.country, locale)}` };
}
