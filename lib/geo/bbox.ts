/** [minLng, minLat, maxLng, maxLat] as sent by clients; minLng > maxLng means it crosses the antimeridian. */
export type Bbox = [number, number, number, number];

/** A plain box that never crosses the antimeridian (west <= east). */
export type Box = { west: number; south: number; east: number; north: number };

/** Brings any longitude into [-180, 180] (maps pan past the date line and report 190 or -200). */
export function wrapLng(lng: number): number {
  if (lng >= -180 && lng <= 180) return lng;
  const wrapped = ((((lng + 180) % 360) + 360) % 360) - 180;
  return wrapped === -180 && lng > 0 ? 180 : wrapped;
}

/**
 * Splits a client bbox into at most two boxes that do not cross the antimeridian, so each can
 * be answered by the GiST index with a plain `<@ box(...)` test.
 */
export function splitBbox([minLng, minLat, maxLng, maxLat]: Bbox): Box[] {
  const south = Math.min(minLat, maxLat);
  const north = Math.max(minLat, maxLat);
  // Unwrapped spans of a full turn or more (zoomed far out) cover every longitude.
  if (minLng <= maxLng && maxLng - minLng >= 360) return [{ west: -180, south, east: 180, north }];
  const west = wrapLng(minLng);
  const east = wrapLng(maxLng);
  if (west <= east) return [{ west, south, east, north }];
  return [
    { west, south, east: 180, north },
    { west: -180, south, east, north },
  ];
}

export function boxContains(box: Box, lat: number, lng: number): boolean {
  return lat >= box.south && lat <= box.north && lng >= box.west && lng <= box.east;
}

export function bboxContains(bbox: Bbox, lat: number, lng: number): boolean {
  return splitBbox(bbox).some((b) => boxContains(b, lat, lng));
}
