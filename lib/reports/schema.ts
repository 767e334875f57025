import { z } from "zod";

export const REPORT_REASONS = ["SPAM", "FAKE", "DANGEROUS", "HARASSMENT", "WRONG_INFORMATION", "OTHER"] as const;
export const reportReason = z.enum(REPORT_REASONS);

/**
 * A report carries nothing about who sent it: no account, no address, no contact. `website` is
 * a honeypot field people never see; bots that fill every input fill it too.
 */
export const createReportBody = z.object({
  actionId: z.string().trim().min(1).max(200),
  reason: reportReason,
  details: z.string().trim().max(2000).default(""),
  website: z.string().max(500).optional(),
});
export type CreateReportBody = z.infer<typeof createReportBody>;

export const createReportResponse = z.object({ ok: z.literal(true) });

export const resolveReportBody = z
  .discriminatedUnion("resolution", [
    z.object({ resolution: z.literal("dismiss"), note: z.string().trim().max(2000).optional() }),
    z.object({
      resolution: z.literal("hide"),
      /** PENDING_REVIEW takes it off the map until a moderator looks again; REJECTED needs a reason. */
      to: z.enum(["PENDING_REVIEW", "REJECTED"]),
      reason: z.string().trim().max(2000).optional(),
      note: z.string().trim().max(2000).optional(),
    }),
  ])
  .superRefine((b, ctx) => {
    if (b.resolution === "hide" && b.to === "REJECTED" && (b.reason ?? "").length < 3) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Give the organiser a reason" });
    }
  });
export type ResolveReportBody = z.infer<typeof resolveReportBody>;

export const resolveReportResponse = z.object({
  id: z.string(),
  status: z.enum(["OPEN", "RESOLVED", "DISMISSED"]),
  actionStatus: z.enum(["DRAFT", "PENDING_REVIEW", "PUBLISHED", "REJECTED", "CANCELLED"]),
});
export type ResolveReportResponse = z.infer<typeof resolveReportResponse>;
