import { z } from "zod";
import { actionKind } from "../actions/public-dto";
import type { Bbox } from "../geo/bbox";
import { LOCALES } from "../i18n/locales";
import { decodeCursor } from "./cursor";

export const MAX_PAGE_SIZE = 100;
const slug = z.string().trim().min(1).max(120).regex(/^[a-z0-9][a-z0-9-]*$/, "Use a slug (a-z, 0-9, -)");

/** "minLng,minLat,maxLng,maxLat"; minLng > maxLng crosses the antimeridian; longitudes may be unwrapped. */
export const bboxParam = z
  .string()
  .trim()
  .transform((value, ctx): Bbox => {
    const parts = value.split(",").map((p) => (p.trim() === "" ? NaN : Number(p)));
    const fail = (message: string) => {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return fail("Expected minLng,minLat,maxLng,maxLat");
    const [minLng, minLat, maxLng, maxLat] = parts as Bbox;
    if ([minLat, maxLat].some((l) => l < -90 || l > 90)) return fail("Latitudes must be between -90 and 90");
    if ([minLng, maxLng].some((l) => l < -540 || l > 540)) return fail("Longitudes must be between -540 and 540");
    if (minLat > maxLat) return fail("minLat must not be greater than maxLat");
    return [minLng, minLat, maxLng, maxLat];
  })
  .meta({
    description:
      "The map's view as minLng,minLat,maxLng,maxLat in decimal degrees (WGS 84). minLng > maxLng crosses the antimeridian; longitudes may be unwrapped (−540…540), latitudes −90…90.",
    // `examples` would describe the parsed tuple; the query string is what a client writes.
    example: "114.10,22.20,114.30,22.40",
  });

/** A date (YYYY-MM-DD, the whole day in UTC) or an ISO date-time with offset. */
const dateParam = (endOfDay: boolean) =>
  z.union([z.iso.datetime({ offset: true }), z.iso.date()]).transform((value) => {
    if (value.length > 10) return new Date(value);
    const day = new Date(`${value}T00:00:00.000Z`);
    return endOfDay ? new Date(day.getTime() + 86_400_000 - 1) : day;
  });

const kindList = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const kinds = [...new Set(value.split(",").map((k) => k.trim()).filter(Boolean))];
    const parsed = kinds.map((k) => actionKind.safeParse(k));
    if (kinds.length === 0 || parsed.some((p) => !p.success)) {
      ctx.addIssue({ code: "custom", message: `Use ${actionKind.options.join(", ")} (comma-separated)` });
      return z.NEVER;
    }
    return parsed.flatMap((p) => (p.success ? [p.data] : []));
  });

/** The filters shared by the list, the map clusters and "near me"; all of them live in the URL. */
export const actionFiltersObject = z.object({
  bbox: bboxParam.optional(),
  kind: kindList.optional().describe("RALLY, DONATION_DRIVE, BOYCOTT (comma-separated for several)"),
  from: dateParam(false).optional().describe("Actions still running at or after this instant (date or date-time)"),
  to: dateParam(true).optional().describe("Actions starting at or before this instant (a date means the end of that day, UTC)"),
  when: z.enum(["upcoming", "week", "month"]).optional().describe("upcoming = not ended yet; week/month = also starting within 7/31 days"),
  statement: slug.optional(),
  chapter: slug.optional(),
  mode: z.enum(["IN_PERSON", "ONLINE"]).optional().describe("HYBRID actions match both"),
  lang: z.string().trim().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language code such as en or tl").optional(),
  q: z.string().trim().min(1).max(100).optional(),
  cursor: z.string().max(300).refine((c) => decodeCursor(c) !== null, "Invalid cursor").optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});

/** Refinement shared by every schema built from the filters. */
export const fromBeforeTo = (f: { from?: Date; to?: Date }) => !f.from || !f.to || f.from <= f.to;
export const fromBeforeToIssue = { message: "from must be before to", path: ["to"] };

export const actionFiltersSchema = actionFiltersObject.refine(fromBeforeTo, fromBeforeToIssue);

/** Parsed filters; every field optional for callers in code (limit defaults to 50). */
export type ActionFilters = Partial<z.output<typeof actionFiltersSchema>>;

export const localeParam = z.enum(LOCALES).default("en");
