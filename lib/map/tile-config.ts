/**
 * What the browser is told about map tiles. TILE_URL=off shows markers on a plain background;
 * TILE_PROXY=1 serves tiles from our own origin so visitors' addresses never reach the provider.
 */
export type TileConfig = { url: string | null; attribution: string; upstreamOrigin: string | null };

const DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

export function tileConfig(source: NodeJS.ProcessEnv = process.env): TileConfig {
  const raw = (source.TILE_URL || DEFAULT_TILE_URL).trim();
  const attribution = source.TILE_ATTRIBUTION || "© OpenStreetMap contributors";
  if (raw === "off" || raw === "none") return { url: null, attribution: "", upstreamOrigin: null };
  const upstreamOrigin = safeOrigin(raw);
  if (["1", "true", "yes"].includes(source.TILE_PROXY ?? "")) {
    return { url: "/api/tiles/{z}/{x}/{y}", attribution, upstreamOrigin: null };
  }
  return { url: raw, attribution, upstreamOrigin };
}

function safeOrigin(template: string): string | null {
  try {
    const u = new URL(template.replace(/\{[a-z]\}/g, "0"));
    return u.protocol === "https:" || u.protocol === "http:" ? u.origin : null;
  } catch {
    return null;
  }
}
