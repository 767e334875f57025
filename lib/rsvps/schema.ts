import { z } from "zod";
import { LOCALES } from "../i18n/locales";

/** Form fields arrive as "" when left empty; treat that as "not given" rather than invalid. */
const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().min(1).max(max).optional());

export const optionalEmail = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim().toLowerCase() : v),
  z.email().max(254).optional(),
);

export const localeField = z.enum(LOCALES).optional();

/**
 * Three tiers in one body: signed-in (session cookie, fields ignored), guest (name + email), or
 * headcount only (no fields at all). A name without an email would be personal data with no use.
 */
export const createRsvpBody = z
  .object({
    name: optionalText(100),
    email: optionalEmail,
    guests: z.number().int().min(0).max(10).default(0),
    locale: localeField,
  })
  .superRefine((b, ctx) => {
    if (b.email && !b.name) ctx.addIssue({ code: "custom", path: ["name"], message: "Enter your name" });
    if (b.name && !b.email) ctx.addIssue({ code: "custom", path: ["email"], message: "Enter your email" });
  });
export type CreateRsvpBody = z.infer<typeof createRsvpBody>;

export const rsvpStatus = z.enum(["GOING", "WAITLISTED"]);

export const rsvpCreated = z.object({
  id: z.string(),
  status: rsvpStatus,
  position: z.number().int().positive().optional(),
  /** Only for guest and headcount RSVPs, only in this response; the server keeps a hash. */
  cancelToken: z.string().optional(),
});
export type RsvpCreated = z.infer<typeof rsvpCreated>;

export const cancelQuery = z.object({ token: z.string().min(20).max(200).optional() });

export const rsvpCancelled = z.object({
  id: z.string(),
  status: z.literal("CANCELLED"),
  promoted: z.number().int().describe("How many waitlisted RSVPs moved up"),
});

export const revealedLocation = z.object({
  venue: z.string().nullable(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
});
export type RevealedLocation = z.infer<typeof revealedLocation>;

/** Public counts, fresh from the database, so the panel can update after a mutation. */
export const participationCounts = z.object({
  going: z.number().int(),
  waitlisted: z.number().int(),
  capacity: z.number().int().nullable(),
  commitments: z.number().int(),
  pledgedMinor: z.number().int(),
  needs: z.array(z.object({ id: z.string(), pledged: z.number().int() })),
});
export type ParticipationCounts = z.infer<typeof participationCounts>;

/** GET /api/actions/{id}/me: the viewer's own state. Nothing here is about anyone else. */
export const viewerState = z.object({
  signedIn: z.boolean(),
  accepting: z.boolean(),
  counts: participationCounts,
  rsvp: z
    .object({
      id: z.string(),
      status: rsvpStatus,
      guests: z.number().int(),
      position: z.number().int().positive().nullable(),
      hasEmail: z.boolean(),
    })
    .nullable(),
  commitment: z.object({ id: z.string() }).nullable(),
  /** REVEAL_TO_ATTENDEES: the exact place, only for GOING attendees and only from revealAt on. */
  location: revealedLocation.nullable(),
  revealAt: z.string().nullable(),
});
export type ViewerState = z.infer<typeof viewerState>;

export const myRsvpItem = z.object({
  id: z.string(),
  status: rsvpStatus,
  guests: z.number().int(),
  position: z.number().int().positive().nullable(),
  action: z.object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    timeZone: z.string(),
    status: z.string(),
  }),
});
export type MyRsvpItem = z.infer<typeof myRsvpItem>;
export const myRsvpsResponse = z.object({ items: z.array(myRsvpItem) });

export { COMMITMENT_TOKEN_HEADER, RSVP_TOKEN_HEADER } from "./token-headers";
