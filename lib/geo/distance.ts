import { splitBbox, type Box } from "./bbox";

/** Mean Earth radius (IUGG), the same constant the SQL distance uses. */
export const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEG_LAT = (Math.PI * EARTH_RADIUS_KM) / 180;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km. */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = rad(lat2 - lat1);
  const dLng = rad(lng2 - lng1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Boxes that surely contain every point within `radiusKm` of the centre: the index prefilter
 * for nearby searches. Near a pole the box spans all longitudes; across the date line it splits.
 */
export function radiusBoxes(lat: number, lng: number, radiusKm: number): Box[] {
  // A little slack so rounding never drops a point that lies exactly on the radius.
  const dLat = (radiusKm * 1.001) / KM_PER_DEG_LAT;
  const south = Math.max(-90, lat - dLat);
  const north = Math.min(90, lat + dLat);
  // The widest parallel inside the box is the one closest to a pole.
  const widestLat = Math.max(Math.abs(south), Math.abs(north));
  const cos = Math.cos(rad(widestLat));
  if (north >= 90 || south <= -90 || cos < 1e-6) return [{ west: -180, south, east: 180, north }];
  const dLng = Math.min(180, dLat / cos);
  if (dLng >= 180) return [{ west: -180, south, east: 180, north }];
  return splitBbox([lng - dLng, south, lng + dLng, north]);
}
