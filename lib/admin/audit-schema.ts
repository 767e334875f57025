import { z } from "zod";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

/** Filters of the audit log; `actor` is a user id or email, `chapter` a chapter id or slug. */
export const auditQuery = z.object({
  actor: z.string().trim().max(200).optional(),
  chapter: z.string().trim().max(100).optional(),
  verb: z.string().trim().max(100).optional(),
  from: day.optional(),
  to: day.optional(),
  cursor: z.string().regex(/^\d+$/).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuery>;

export const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  verb: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  chapter: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  actor: z.object({ id: z.string(), name: z.string().nullable(), email: z.string().nullable() }).nullable(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
});
export type AuditEntryDto = z.infer<typeof auditEntry>;

export const auditResponse = z.object({ items: z.array(auditEntry), nextCursor: z.string().nullable() });
export type AuditResponse = z.infer<typeof auditResponse>;
