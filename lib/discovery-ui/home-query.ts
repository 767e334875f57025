import { type Bbox, formatBbox, parseBbox, parseZoom } from "./viewport";

/**
 * The home page's whole state lives in its URL so a view can be shared and the list works without
 * JavaScript. This turns the page's query string into (a) the API's own query parameters and
 * (b) what the form and the map need to show it again.
 */
export const KINDS = ["RALLY", "DONATION_DRIVE", "BOYCOTT"] as const;
export const MODES = ["IN_PERSON", "ONLINE"] as const;
export const DATE_PRESETS = ["upcoming", "week", "month", "custom"] as const;
export const RADII = [5, 25, 100] as const;

export type DatePreset = (typeof DATE_PRESETS)[number];
export type Near = { lat: number; lng: number; radiusKm: number; place: string | null };
export type HomeQuery = {
  kind: string | null;
  date: DatePreset;
  from: string | null;
  to: string | null;
  statement: string | null;
  chapter: string | null;
  mode: string | null;
  lang: string | null;
  q: string | null;
  cursor: string | null;
  near: Near | null;
  /** A town typed without JavaScript (no coordinates yet): the server looks it up. */
  placeQuery: string | null;
  radiusKm: number;
  view: { bbox: Bbox; zoom: number | null } | null;
  /** Parameters that were present but not understood (shown as a notice, then ignored). */
  ignored: string[];
};

type Raw = Record<string, string | string[] | undefined>;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function one(raw: Raw, key: string): string | null {
  const v = raw[key];
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s ? s : null;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], ignored: string[], key: string): T | null {
  if (value === null) return null;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  ignored.push(key);
  return null;
}

function validDay(value: string | null, ignored: string[], key: string): string | null {
  if (value === null) return null;
  if (DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return value;
  ignored.push(key);
  return null;
}

function parseNear(raw: Raw, ignored: string[]): Near | null {
  const lat = one(raw, "lat");
  const lng = one(raw, "lng");
  if (lat === null && lng === null) return null;
  const la = Number(lat);
  const ln = Number(lng);
  if (lat === null || lng === null || !(Math.abs(la) <= 90) || !(Math.abs(ln) <= 180)) {
    ignored.push("lat");
    return null;
  }
  return { lat: la, lng: ln, radiusKm: radius(raw), place: one(raw, "place")?.slice(0, 120) ?? null };
}

function radius(raw: Raw): number {
  const r = Number(one(raw, "radius") ?? 25);
  return (RADII as readonly number[]).includes(r) ? r : 25;
}

export function parseHomeQuery(raw: Raw): HomeQuery {
  const ignored: string[] = [];
  const preset = oneOf(one(raw, "date"), DATE_PRESETS, ignored, "date") ?? "upcoming";
  // Without JavaScript the date fields are always visible: filling one in means "these dates".
  const dated = one(raw, "from") !== null || one(raw, "to") !== null;
  const date: DatePreset = preset === "upcoming" && dated ? "custom" : preset;
  let from = date === "custom" ? validDay(one(raw, "from"), ignored, "from") : null;
  let to = date === "custom" ? validDay(one(raw, "to"), ignored, "to") : null;
  if (from && to && from > to) [from, to] = [to, from];
  const bbox = parseBbox(one(raw, "bbox"));
  const near = parseNear(raw, ignored);
  if (one(raw, "bbox") && !bbox) ignored.push("bbox");
  return {
    kind: oneOf(one(raw, "kind"), KINDS, ignored, "kind"),
    date,
    from,
    to,
    statement: one(raw, "statement"),
    chapter: one(raw, "chapter"),
    mode: oneOf(one(raw, "mode"), MODES, ignored, "mode"),
    lang: one(raw, "lang")?.slice(0, 12) ?? null,
    q: one(raw, "q")?.slice(0, 200) ?? null,
    cursor: one(raw, "cursor"),
    near,
    placeQuery: near ? null : (one(raw, "place")?.slice(0, 120) ?? null),
    radiusKm: near?.radiusKm ?? radius(raw),
    view: bbox ? { bbox, zoom: parseZoom(one(raw, "zoom")) } : null,
    ignored,
  };
}

type Put = (key: string, value: string | number | null | undefined) => void;

/** Collects only the parameters that are set: an empty filter never reaches a query string. */
function collector(): { put: Put; out: Record<string, string> } {
  const out: Record<string, string> = {};
  const put: Put = (k, v) => {
    if (v !== null && v !== undefined && v !== "") out[k] = String(v);
  };
  return { put, out };
}

/**
 * The filters, written the same way into the page's URL and the API's query; only the date preset
 * differs: the page keeps its name (`date`), the API takes week and month as `when`.
 */
function putFilters(q: HomeQuery, put: Put, target: "page" | "api") {
  put("kind", q.kind);
  if (target === "page" && q.date !== "upcoming") put("date", q.date);
  if (target === "api" && (q.date === "week" || q.date === "month")) put("when", q.date);
  if (q.date === "custom") {
    put("from", q.from);
    put("to", q.to);
  }
  put("statement", q.statement);
  put("chapter", q.chapter);
  put("mode", q.mode);
  put("lang", q.lang);
  put("q", q.q);
}

/** The filters as the JSON API's query parameters (shared by the server list and the map's fetches). */
export function apiFilterParams(query: HomeQuery): Record<string, string> {
  const { put, out } = collector();
  putFilters(query, put, "api");
  return out;
}

/** The list's parameters: the filters plus the map area (online actions have no place, so no area) and page. */
export function apiListParams(query: HomeQuery): Record<string, string> {
  const out = apiFilterParams(query);
  if (query.view && query.mode !== "ONLINE") out.bbox = formatBbox(query.view.bbox);
  if (query.cursor) out.cursor = query.cursor;
  return out;
}

/** The page's own query string for a changed state; `cursor` never survives a change of view. */
export function homeSearch(query: HomeQuery, change: Partial<HomeQuery> = {}): string {
  const q = { ...query, cursor: null, ...change };
  const { put, out } = collector();
  putFilters(q, put, "page");
  if (!q.near && q.placeQuery) {
    put("place", q.placeQuery);
    put("radius", q.radiusKm);
  }
  if (q.near) {
    put("lat", q.near.lat);
    put("lng", q.near.lng);
    put("radius", q.near.radiusKm);
    put("place", q.near.place);
  } else if (q.view) {
    put("bbox", formatBbox(q.view.bbox));
    put("zoom", q.view.zoom);
  }
  put("cursor", q.cursor);
  const s = new URLSearchParams(out).toString();
  return s ? `?${s}` : "";
}

/**
 * A GET form sends every field, the empty ones too (`?q=&kind=RALLY&from=&to=`). Returns the same
 * query string without them when there were any, so the page can redirect to a short URL that
 * carries only what is set; null when the address is already clean.
 */
export function withoutEmptyParams(raw: Raw): string | null {
  const entries = Object.entries(raw).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x] as const) : v === undefined ? [] : [[k, v] as const]));
  const kept = entries.filter(([, v]) => v.trim() !== "");
  if (kept.length === entries.length) return null;
  const s = new URLSearchParams(kept.map(([k, v]) => [k, v])).toString();
  return s ? `?${s}` : "";
}
