/**
 * Actions at one spot (a community centre hosting a rally and a drive; a boycott picket at the
 * same shop every week) would draw one pin over another, leaving only the top one reachable.
 * They are grouped into one marker that opens a list instead. ~1 m apart counts as one place.
 */
export function groupBySamePlace<T extends { lat: number | null; lng: number | null }>(items: T[]): { lat: number; lng: number; items: T[] }[] {
  const groups = new Map<string, { lat: number; lng: number; items: T[] }>();
  for (const item of items) {
    if (item.lat === null || item.lng === null) continue;
    const key = `${item.lat.toFixed(5)},${item.lng.toFixed(5)}`;
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { lat: item.lat, lng: item.lng, items: [item] });
  }
  return [...groups.values()];
}
