import { z } from "zod";
import { localeField, optionalEmail } from "../rsvps/schema";

/** Signed in (session), guest email, or a bare headcount (empty body). */
export const createCommitmentBody = z.object({ email: optionalEmail, locale: localeField });
export type CreateCommitmentBody = z.infer<typeof createCommitmentBody>;

export const commitmentCreated = z.object({
  id: z.string(),
  count: z.number().int(),
  /** Guest and headcount only, only in this response; the server keeps a hash. */
  cancelToken: z.string().optional(),
});

export const withdrawQuery = z.object({
  token: z.string().min(20).max(200).optional(),
  /** Organisers and admins withdraw a specific commitment by id. */
  commitmentId: z.string().min(1).max(100).optional(),
});
export type WithdrawQuery = z.infer<typeof withdrawQuery>;

export const commitmentWithdrawn = z.object({ ok: z.literal(true), count: z.number().int() });
