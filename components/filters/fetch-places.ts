import { z } from "zod";

/** GET /api/places?q= answers an array of towns (country = ISO 3166 code), biggest first. */
export const place = z.object({
  name: z.string(),
  country: z.string(),
  lat: z.number(),
  lng: z.number(),
});
export type Place = z.infer<typeof place>;

/** Towns from the server's offline gazetteer; nothing leaves our own origin. */
export async function fetchPlaces(q: string): Promise<Place[]> {
  const res = await fetch(`/api/places?${new URLSearchParams({ q, limit: "8" })}`, { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(`places ${res.status}`);
  return z.array(place).parse(await res.json());
}
