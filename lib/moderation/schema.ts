import { z } from "zod";

/** Bodies and responses of the moderation routes; the OpenAPI document reuses them. */
export const rejectBody = z.object({
  reason: z.string().trim().min(3, "Give the organiser a reason").max(2000),
});
export type RejectBody = z.infer<typeof rejectBody>;

export const requestChangesBody = z.object({
  note: z.string().trim().min(3, "Tell the organiser what to change").max(2000),
});
export type RequestChangesBody = z.infer<typeof requestChangesBody>;

export const actionStatus = z.enum(["DRAFT", "PENDING_REVIEW", "PUBLISHED", "REJECTED", "CANCELLED"]);

export const moderationResult = z.object({ id: z.string(), status: actionStatus });
export type ModerationResult = z.infer<typeof moderationResult>;
