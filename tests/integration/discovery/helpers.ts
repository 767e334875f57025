import { GET as listRoute } from "@/app/api/actions/route";
import type { PublicActionItem } from "@/lib/actions/public-dto";
import { call } from "../helpers/http";

/** Follows nextCursor through every page of GET /api/actions; fails on an error status. */
export async function listAll(query: string, limit = 100): Promise<{ items: PublicActionItem[]; pages: number }> {
  const items: PublicActionItem[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const url: string = `/api/actions?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`;
    const res = await call(listRoute, url);
    if (res.status !== 200) throw new Error(`${url} → ${res.status} ${res.text}`);
    const body = res.json as unknown as { items: PublicActionItem[]; nextCursor: string | null };
    items.push(...body.items);
    cursor = body.nextCursor;
    pages++;
    if (pages > 1000) throw new Error("pagination does not end");
  } while (cursor);
  return { items, pages };
}

/** Brute-force bbox membership, written independently of lib/geo on purpose. */
export function insideBbox(lat: number, lng: number, [minLng, minLat, maxLng, maxLat]: number[]): boolean {
  if (lat < minLat || lat > maxLat) return false;
  return minLng <= maxLng ? lng >= minLng && lng <= maxLng : lng >= minLng || lng <= maxLng;
}

export const sortedIds = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
