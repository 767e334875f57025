import { createHash, randomBytes } from "node:crypto";

/** Radius of the circle shown around a hidden location; the offset always stays inside it. */
export const APPROXIMATE_RADIUS_M = 1000;
const MIN_OFFSET_M = 250;
const MAX_OFFSET_M = 700;
const EARTH_M_PER_DEG_LAT = 111_320;

export type LatLng = { lat: number; lng: number };
export type Privacy = "EXACT" | "APPROXIMATE" | "REVEAL_TO_ATTENDEES";

/**
 * Where the public sees an action. Hidden locations are moved by a fixed random vector
 * (chosen once per action and stored), so repeated views never average out to the real point.
 * `seed` makes the vector reproducible (demo data); omit it for a cryptographically random one.
 */
export function publicLocation(point: LatLng, privacy: Privacy, seed?: string): LatLng {
  if (privacy === "EXACT") return point;
  const bytes = seed ? createHash("sha256").update(seed).digest() : randomBytes(8);
  const angle = (bytes.readUInt32BE(0) / 0xffffffff) * 2 * Math.PI;
  const distance = MIN_OFFSET_M + (bytes.readUInt32BE(4) / 0xffffffff) * (MAX_OFFSET_M - MIN_OFFSET_M);
  const dLat = (distance * Math.cos(angle)) / EARTH_M_PER_DEG_LAT;
  const metresPerDegLng = EARTH_M_PER_DEG_LAT * Math.max(Math.cos((point.lat * Math.PI) / 180), 0.01);
  const dLng = (distance * Math.sin(angle)) / metresPerDegLng;
  const lat = Math.max(-90, Math.min(90, point.lat + dLat));
  let lng = point.lng + dLng;
  if (lng > 180) lng -= 360;
  if (lng < -180) lng += 360;
  return { lat: round6(lat), lng: round6(lng) };
}

function round6(n: number) {
  return Math.round(n * 1e6) / 1e6;
}
