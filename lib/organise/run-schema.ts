import { z } from "zod";
import { E } from "./action-schema";

/** Bodies of the organiser's one-step actions. Browser-safe, like the action schema. */
const message = (max: number) => z.string({ error: E.required }).trim().min(1, { error: E.required }).max(max, { error: E.tooLong });
const optionalMessage = z
  .string({ error: E.invalid })
  .trim()
  .max(2000, { error: E.tooLong })
  .nullish()
  .transform((v) => (v ? v : null));

export const cancelInput = z.object({ message: message(2000) });

export const relocateInput = z.object({
  venue: z.string().trim().max(200, { error: E.tooLong }).nullish().transform((v) => (v ? v : null)),
  address: z.string().trim().max(300, { error: E.tooLong }).nullish().transform((v) => (v ? v : null)),
  lat: z.number({ error: E.lat }).min(-90, { error: E.lat }).max(90, { error: E.lat }),
  lng: z.number({ error: E.lng }).min(-180, { error: E.lng }).max(180, { error: E.lng }),
  locationPrivacy: z.enum(["EXACT", "APPROXIMATE", "REVEAL_TO_ATTENDEES"], { error: E.invalid }).optional(),
  message: optionalMessage,
});

export const compromisedInput = z.object({ message: optionalMessage });

export const checkinInput = z.object({
  rsvpId: z.string({ error: E.required }).min(1, { error: E.required }).max(40),
  checkedIn: z.boolean({ error: E.invalid }).default(true),
});

export const messageInput = z.object({
  subject: message(150),
  body: message(5000),
  audience: z.enum(["GOING", "EVERYONE"], { error: E.invalid }).default("EVERYONE"),
});

export const exportQuery = z.object({
  reason: z.string({ error: "organise.errors.exportReason" }).trim().min(3, { error: "organise.errors.exportReason" }).max(500, { error: E.tooLong }),
});

export const pledgeReceivedInput = z.object({ received: z.boolean({ error: E.invalid }) });

export const resultWithNotified = z.object({ id: z.string(), slug: z.string(), status: z.string(), notified: z.number().int() });
