/** GET /api/places?q= answers an array of towns (country = ISO 3166 code), biggest first. */
export type Place = { name: string; country: string; lat: number; lng: number };

// A plain check, not the server's zod schema: zod would add ~30 kB to the home page's JavaScript.
const isPlace = (p: unknown): p is Place => {
  const x = p as Place | null;
  return !!x && typeof x.name === "string" && typeof x.country === "string" && Number.isFinite(x.lat) && Number.isFinite(x.lng);
};

/** Towns from the server's offline gazetteer; nothing leaves our own origin. */
export async function fetchPlaces(q: string): Promise<Place[]> {
  const res = await fetch(`/api/places?${new URLSearchParams({ q, limit: "8" })}`, { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(`places ${res.status}`);
  const body: unknown = await res.json();
  if (!Array.isArray(body) || !body.every(isPlace)) throw new Error("places: unexpected response");
  return body;
}
