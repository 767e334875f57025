import { z } from "zod";
import { AppError } from "../errors";
import { tileProxyOn, upstreamTemplate } from "../map/tile-config";
import { readCachedTile, writeCachedTile } from "./tile-cache";
import { fetchUpstream, type Tile } from "./upstream";

/** OpenStreetMap's standard layer stops at 19; deeper tiles would only be bulk requests. */
export const MAX_TILE_ZOOM = 19;

export const tileParams = z.object({
  z: z.coerce.number().int().min(0).max(MAX_TILE_ZOOM),
  x: z.coerce.number().int().min(0),
  y: z.coerce.number().int().min(0),
});

/**
 * Same-origin tile proxy (on unless TILE_PROXY=0) with a disk cache, so visitors' addresses
 * never reach the tile provider — only this server's, once per tile and cache period. A provider
 * that cannot be reached is a 502/504 JSON error (or the stale cached tile, when there is one).
 */
export async function proxiedTile(params: { z: string; x: string; y: string }): Promise<Tile> {
  const template = upstreamTemplate();
  if (!tileProxyOn() || !template) throw new AppError("NOT_FOUND", "The tile proxy is off");
  const t = tileParams.parse({ ...params, y: params.y.replace(/\.png$/, "") });
  const max = 2 ** t.z;
  if (t.x >= max || t.y >= max) throw new AppError("NOT_FOUND", "No such tile");
  const cached = readCachedTile(t);
  if (cached?.fresh) return cached.tile;
  const url = template.replaceAll("{z}", String(t.z)).replaceAll("{x}", String(t.x)).replaceAll("{y}", String(t.y)).replaceAll("{s}", "a");
  try {
    const tile = await fetchUpstream(url);
    writeCachedTile(t, tile);
    return tile;
  } catch (e) {
    // An old tile beats a hole in the map while the provider is down.
    if (cached && e instanceof AppError && e.code !== "NOT_FOUND") return cached.tile;
    throw e;
  }
}
