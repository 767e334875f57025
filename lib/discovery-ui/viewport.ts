/** Map viewports as the API takes them: bbox = [minLng, minLat, maxLng, maxLat], degrees. */
export type Bbox = [number, number, number, number];

/** From this zoom on, a viewport with few enough actions gets each one as its own point, never clustered. */
export const ALL_POINTS_ZOOM = 16;

const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;
const clampLat = (lat: number) => Math.max(-90, Math.min(90, lat));

/** Leaflet's longitudes grow past ±180 when the world is panned around; the API wants [-180, 180]. */
export function wrapLng(lng: number): number {
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 && lng > 0 ? 180 : wrapped;
}

/**
 * The bbox the API understands for what a map shows. A view wider than the world becomes the
 * whole world; a view across the antimeridian keeps minLng > maxLng, which the API accepts.
 */
export function boundsToBbox(west: number, south: number, east: number, north: number): Bbox {
  const lat: [number, number] = [round(clampLat(south)), round(clampLat(north))];
  if (east - west >= 360) return [-180, lat[0], 180, lat[1]];
  return [round(wrapLng(west)), lat[0], round(wrapLng(east)), lat[1]];
}

export function parseBbox(value: string | null | undefined): Bbox | null {
  if (!value) return null;
  const parts = value.split(",").map((p) => Number(p.trim()));
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [minLng, minLat, maxLng, maxLat] = parts as Bbox;
  const lngOk = [minLng, maxLng].every((n) => n >= -180 && n <= 180);
  const latOk = [minLat, maxLat].every((n) => n >= -90 && n <= 90) && minLat <= maxLat;
  return lngOk && latOk ? [minLng, minLat, maxLng, maxLat] : null;
}

export function formatBbox(bbox: Bbox): string {
  return bbox.map((n) => round(n)).join(",");
}

/** Leaflet bounds for a bbox; across the antimeridian the east edge is moved past 180 so the box stays whole. */
export function bboxToBounds([minLng, minLat, maxLng, maxLat]: Bbox): [[number, number], [number, number]] {
  const east = maxLng < minLng ? maxLng + 360 : maxLng;
  return [
    [minLat, minLng],
    [maxLat, east],
  ];
}

export function bboxContains(bbox: Bbox, lat: number, lng: number): boolean {
  const [minLng, minLat, maxLng, maxLat] = bbox;
  if (lat < minLat || lat > maxLat) return false;
  return minLng <= maxLng ? lng >= minLng && lng <= maxLng : lng >= minLng || lng <= maxLng;
}

export function parseZoom(value: string | null | undefined): number | null {
  if (!value) return null;
  const z = Number(value);
  return Number.isInteger(z) && z >= 0 && z <= 19 ? z : null;
}
