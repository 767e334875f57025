import { z } from "zod";
import { actionKind, actionMode, locationPrivacy } from "../actions/public-dto";

export const actionStatusPublic = z.enum(["PUBLISHED", "CANCELLED"]);

export const publicNeed = z.object({
  id: z.string(),
  item: z.string(),
  quantity: z.number().int(),
  unit: z.string().nullable(),
  pledgedQuantity: z.number().int(),
  receivedQuantity: z.number().int(),
});

export const publicDropOff = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  lat: z.number(),
  lng: z.number(),
  openingHours: z.string().nullable(),
});

export const publicBoycottTarget = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(["BRAND", "COMPANY", "PRODUCT", "VENUE"]),
  reason: z.string(),
  sourceUrls: z.array(z.string()),
  alternatives: z.array(z.string()),
});

/**
 * Everything public about one action. `lat`/`lng` are the public point; `venue`, `address` and
 * `onlineUrl` are null unless the organiser chose to show them (EXACT location).
 */
export const publicActionDetail = z.object({
  id: z.string(),
  slug: z.string(),
  kind: actionKind,
  status: actionStatusPublic,
  title: z.string(),
  description: z.string(),
  imagePath: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  mode: actionMode,
  onlineUrl: z.string().nullable(),
  locationPrivacy,
  revealHoursBefore: z.number().int().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  /** Radius of the area to draw around the public point when the location is hidden. */
  areaRadiusM: z.number().nullable(),
  venue: z.string().nullable(),
  address: z.string().nullable(),
  languages: z.array(z.string()),
  accessibilityNotes: z.string().nullable(),
  safety: z.object({
    legalObserver: z.string().nullable(),
    safetyHotline: z.string().nullable(),
    knowYourRightsUrl: z.string().nullable(),
    safetyNotes: z.string().nullable(),
  }),
  attendance: z.object({ capacity: z.number().int().nullable(), going: z.number().int(), waitlisted: z.number().int() }),
  drive: z
    .object({
      goalMinor: z.number().int().nullable(),
      currency: z.string().nullable(),
      pledgedMinor: z.number().int(),
      donationUrl: z.string().nullable(),
      needs: z.array(publicNeed),
      dropOffs: z.array(publicDropOff),
    })
    .nullable(),
  boycott: z.object({ targets: z.array(publicBoycottTarget), commitments: z.number().int() }).nullable(),
  statement: z.object({ slug: z.string(), title: z.string() }),
  chapter: z.object({ slug: z.string(), name: z.string(), city: z.string(), countryCode: z.string() }),
  cancelMessage: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  /** The organiser flagged the action as compromised (e.g. the location leaked). */
  compromised: z.boolean(),
  updatedAt: z.string(),
});
export type PublicActionDetail = z.infer<typeof publicActionDetail>;
