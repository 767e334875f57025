import { z } from "zod";

/** Organisers of the action's chapter and admins only. Personal data: never cached, never public. */
export const attendeeRsvp = z.object({
  id: z.string(),
  status: z.enum(["GOING", "WAITLISTED", "CANCELLED"]),
  name: z.string().nullable(),
  email: z.string().nullable(),
  member: z.boolean().describe("RSVP made from an account"),
  guests: z.number().int(),
  position: z.number().int().nullable(),
  checkedIn: z.boolean(),
  createdAt: z.string(),
});

export const attendeePledge = z.object({
  id: z.string(),
  displayName: z.string().nullable(),
  anonymous: z.boolean(),
  email: z.string().nullable(),
  amountMinor: z.number().int().nullable(),
  currency: z.string().nullable(),
  needId: z.string().nullable(),
  item: z.string().nullable(),
  quantity: z.number().int().nullable(),
  received: z.boolean(),
  createdAt: z.string(),
});

export const attendeeCommitment = z.object({ id: z.string(), email: z.string().nullable(), member: z.boolean(), createdAt: z.string() });

export const attendeesResponse = z.object({
  action: z.object({ id: z.string(), slug: z.string(), title: z.string(), kind: z.string(), personalDataPurgedAt: z.string().nullable() }),
  counts: z.object({ going: z.number().int(), waitlisted: z.number().int(), capacity: z.number().int().nullable() }),
  rsvps: z.array(attendeeRsvp),
  pledges: z.array(attendeePledge),
  commitments: z.array(attendeeCommitment),
});
export type AttendeesResponse = z.infer<typeof attendeesResponse>;
