import { z } from "zod";
import { localeField, optionalEmail } from "../rsvps/schema";

const optionalName = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().min(1).max(100).optional());

/**
 * Money (amountMinor in the drive's currency) or items (needId + quantity), never both. No card
 * data: money is paid on the organisers' own donation page; this only records the promise.
 */
export const createPledgeBody = z
  .object({
    amountMinor: z.number().int().min(1).max(1_000_000_000).optional(),
    currency: z.string().regex(/^[A-Z]{3}$/, "ISO 4217 code").optional(),
    needId: z.string().min(1).max(100).optional(),
    quantity: z.number().int().min(1).max(10_000).optional(),
    displayName: optionalName,
    anonymous: z.boolean().default(false),
    email: optionalEmail,
    locale: localeField,
  })
  .superRefine((b, ctx) => {
    const money = b.amountMinor !== undefined;
    const item = b.needId !== undefined || b.quantity !== undefined;
    if (money === item) ctx.addIssue({ code: "custom", path: [money ? "needId" : "amountMinor"], message: "Pledge either an amount or items" });
    if (item && b.needId === undefined) ctx.addIssue({ code: "custom", path: ["needId"], message: "Choose an item" });
    if (item && b.quantity === undefined) ctx.addIssue({ code: "custom", path: ["quantity"], message: "Enter a quantity" });
  });
export type CreatePledgeBody = z.infer<typeof createPledgeBody>;

const pledgeTotals = {
  pledgedMinor: z.number().int(),
  needs: z.array(z.object({ id: z.string(), pledged: z.number().int() })),
};

export const pledgeCreated = z.object({
  id: z.string(),
  ...pledgeTotals,
  /** Guests only, only in this response: the code that withdraws this pledge. The server keeps a hash. */
  cancelToken: z.string().optional(),
});

export const withdrawPledgeQuery = z.object({ token: z.string().min(20).max(200).optional() });
export type WithdrawPledgeQuery = z.infer<typeof withdrawPledgeQuery>;

export const pledgeWithdrawn = z.object({ ok: z.literal(true), ...pledgeTotals });
