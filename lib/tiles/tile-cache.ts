import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "../db/adapters";
import type { Tile } from "./upstream";

/**
 * Tiles on disk under DATA_DIR/tiles. The provider asks for at least 7 days of caching; tiles
 * change rarely, so one is fetched again after 30 days (and served stale if that fails).
 */
export const TILE_FRESH_MS = 30 * 24 * 3600 * 1000;

type Coords = { z: number; x: number; y: number };

const fileOf = (t: Coords) => path.join(dataDir(), "tiles", String(t.z), String(t.x), `${t.y}.png`);

export function readCachedTile(t: Coords, now = Date.now()): { tile: Tile; fresh: boolean } | null {
  const file = fileOf(t);
  if (!existsSync(file)) return null;
  const fresh = now - statSync(file).mtimeMs < TILE_FRESH_MS;
  return { tile: { body: readFileSync(file), contentType: "image/png" }, fresh };
}

export function writeCachedTile(t: Coords, tile: Tile) {
  const file = fileOf(t);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, tile.body);
}
