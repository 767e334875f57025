import type { NearActionItem, PublicActionItem } from "../actions/public-dto";
import { actionFiltersSchema, type ActionCount, type ActionFilters, countActions, countNearActions, nearActions, searchActions } from "../discovery";
import type { Locale } from "../i18n/locales";
import { apiListParams, type HomeQuery, type Near } from "./home-query";

export type HomeResults = {
  view: "near" | "area" | "all";
  items: (PublicActionItem | NearActionItem)[];
  nextCursor: string | null;
  /** How many actions match the filters in all (the list shows one page of them). */
  total: ActionCount;
  /** URL parameters the API refused (a stale cursor, a malformed slug): dropped, then shown as a notice. */
  ignored: string[];
};

/** One page: small enough that a phone hydrates it quickly; "Show more" fetches the next one. */
export const LIST_SIZE = 20;
const NEAR_SIZE = 50;

/** Parses what it can: a field the API refuses is dropped rather than failing the whole page. */
export function parseListFilters(params: Record<string, string>): { filters: ActionFilters; ignored: string[] } {
  const ignored: string[] = [];
  let input = { ...params, limit: String(LIST_SIZE) };
  for (let attempt = 0; attempt < 12; attempt++) {
    const parsed = actionFiltersSchema.safeParse(input);
    if (parsed.success) return { filters: parsed.data, ignored };
    const bad = new Set(parsed.error.issues.map((i) => String(i.path[0] ?? "")));
    // A bad from/to pair is reported on "to"; drop both dates.
    if (bad.has("to")) bad.add("from");
    const next = Object.fromEntries(Object.entries(input).filter(([k]) => !bad.has(k)));
    ignored.push(...[...bad].filter((k) => k in input));
    if (Object.keys(next).length === Object.keys(input).length) break;
    input = { ...next, limit: String(LIST_SIZE) };
  }
  return { filters: { limit: LIST_SIZE }, ignored };
}

export async function loadHomeResults(query: HomeQuery, near: Near | null, locale: Locale): Promise<HomeResults> {
  const { filters, ignored } = parseListFilters(apiListParams(query));
  if (near) {
    const { bbox: _bbox, cursor: _cursor, ...rest } = filters;
    const params = { ...rest, lat: near.lat, lng: near.lng, radiusKm: near.radiusKm, limit: NEAR_SIZE };
    const [{ items }, total] = await Promise.all([nearActions(params, locale), countNearActions(params)]);
    return { view: "near", items, nextCursor: null, total, ignored };
  }
  const [{ items, nextCursor }, total] = await Promise.all([searchActions(filters, locale), countActions(filters)]);
  return { view: filters.bbox ? "area" : "all", items, nextCursor, total, ignored };
}
