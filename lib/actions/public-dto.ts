import { z } from "zod";

/**
 * What the public API and pages may show of an action. Hidden locations are already replaced by
 * their public point (publicLat/publicLng); no personal data is ever part of these shapes.
 */
export const actionKind = z.enum(["RALLY", "DONATION_DRIVE", "BOYCOTT"]);
export const actionMode = z.enum(["IN_PERSON", "ONLINE", "HYBRID"]);
export const locationPrivacy = z.enum(["EXACT", "APPROXIMATE", "REVEAL_TO_ATTENDEES"]);

export const actionCounts = z.object({
  going: z.number().int(),
  waitlisted: z.number().int(),
  capacity: z.number().int().nullable(),
  pledges: z.number().int(),
  commitments: z.number().int(),
});

export const publicActionItem = z.object({
  id: z.string(),
  slug: z.string(),
  kind: actionKind,
  title: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  mode: actionMode,
  /** Languages spoken at the action (BCP 47 codes). */
  languages: z.array(z.string()),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  locationPrivacy,
  chapter: z.object({ slug: z.string(), name: z.string() }),
  statement: z.object({ slug: z.string(), title: z.string() }),
  counts: actionCounts,
});
export type PublicActionItem = z.infer<typeof publicActionItem>;

export const actionListResponse = z.object({ items: z.array(publicActionItem), nextCursor: z.string().nullable() });
export type ActionListResponse = z.infer<typeof actionListResponse>;

export const nearActionItem = publicActionItem.extend({ distanceKm: z.number() });
export type NearActionItem = z.infer<typeof nearActionItem>;

export const cluster = z.object({
  lat: z.number(),
  lng: z.number(),
  count: z.number().int(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});
export const clustersResponse = z.object({ clusters: z.array(cluster), points: z.array(publicActionItem) });
export type ClustersResponse = z.infer<typeof clustersResponse>;
