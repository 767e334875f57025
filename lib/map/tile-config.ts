/**
 * What the browser is told about map tiles. TILE_URL=off shows markers on a plain background.
 * Tiles come from our own origin (/api/tiles, lib/tiles/) unless TILE_PROXY=0, so visitors'
 * addresses never reach the provider by default.
 */
export type TileConfig = { url: string | null; attribution: string; upstreamOrigin: string | null };

type Env = Record<string, string | undefined>;

export const DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

/** The provider's URL template, or null when tiles are off. */
export function upstreamTemplate(source: Env = process.env): string | null {
  const raw = (source.TILE_URL || DEFAULT_TILE_URL).trim();
  return raw === "off" || raw === "none" ? null : raw;
}

export function tileProxyOn(source: Env = process.env): boolean {
  return !["0", "false", "no"].includes((source.TILE_PROXY ?? "").trim());
}

export function tileConfig(source: Env = process.env): TileConfig {
  const template = upstreamTemplate(source);
  const attribution = source.TILE_ATTRIBUTION || "© OpenStreetMap contributors";
  if (!template) return { url: null, attribution: "", upstreamOrigin: null };
  if (tileProxyOn(source)) return { url: "/api/tiles/{z}/{x}/{y}", attribution, upstreamOrigin: null };
  return { url: template, attribution, upstreamOrigin: safeOrigin(template) };
}

function safeOrigin(template: string): string | null {
  try {
    const u = new URL(template.replace(/\{[a-z]\}/g, "0"));
    return u.protocol === "https:" || u.protocol === "http:" ? u.origin : null;
  } catch {
    return null;
  }
}
