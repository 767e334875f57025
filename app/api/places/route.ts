import { gate } from "@/lib/api/gate";
import { publicJson } from "@/lib/http/public-response";
import { placesQuery, searchPlaces } from "@/lib/geo/places";

export const dynamic = "force-dynamic";

/** Offline gazetteer: a town name in any language → [{ name, country, lat, lng, population }], best match first. */
export const GET = gate({ auth: "none", query: placesQuery }, async ({ req, query }) => publicJson(req, await searchPlaces(query.q, query.limit), 86_400));
