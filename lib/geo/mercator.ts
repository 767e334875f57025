/** Web Mercator stops at ±85.0511° (the square world of map tiles). */
export const MAX_MERCATOR_LAT = 85.05112878;

/** Fraction of the world's width (0 at -180°, 1 at 180°). */
export function mercatorX(lng: number): number {
  return (lng + 180) / 360;
}

/** Fraction of the world's height from the top (0 at the north edge, 1 at the south edge). */
export function mercatorY(lat: number): number {
  const clamped = Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, lat));
  const phi = (clamped * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
}
