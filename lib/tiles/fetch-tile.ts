import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { dataDir } from "../db/adapters";
import { AppError } from "../errors";

export const tileParams = z.object({
  z: z.coerce.number().int().min(0).max(19),
  x: z.coerce.number().int().min(0),
  y: z.coerce.number().int().min(0),
});

/**
 * Same-origin tile proxy (TILE_PROXY=1) with a disk cache, so visitors' addresses never reach
 * the tile provider — only this server's, once per tile.
 */
export async function proxiedTile(params: { z: string; x: string; y: string }): Promise<Buffer> {
  if (!["1", "true", "yes"].includes(process.env.TILE_PROXY ?? "")) throw new AppError("NOT_FOUND", "Tile proxy is off");
  const t = tileParams.parse({ ...params, y: params.y.replace(/\.png$/, "") });
  const max = 2 ** t.z;
  if (t.x >= max || t.y >= max) throw new AppError("NOT_FOUND", "No such tile");
  const file = path.join(dataDir(), "tiles", String(t.z), String(t.x), `${t.y}.png`);
  if (existsSync(file)) return readFileSync(file);
  const template = process.env.TILE_URL || "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
  const url = template.replace("{z}", String(t.z)).replace("{x}", String(t.x)).replace("{y}", String(t.y)).replace("{s}", "a");
  // Unreachable upstream (offline, timeout) is the documented UNAVAILABLE answer below, not a 500.
  const res = await fetch(url, { headers: { "User-Agent": "mobilise tile proxy" }, signal: AbortSignal.timeout(10_000) }).catch(() => null);
  if (!res || !res.ok) throw new AppError("UNAVAILABLE", "Tile server unreachable");
  const body = Buffer.from(await res.arrayBuffer());
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, body);
  return body;
}
