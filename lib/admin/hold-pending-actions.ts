import type { Prisma } from "../generated/prisma/client";
import { changeActionStatus } from "../moderation/change-status";

export const HOLD_NOTE = "Held by a moderator: the account that submitted this action was suspended.";

/**
 * A suspended user's submissions leave the review queue: each goes back to DRAFT (the state
 * machine's request-changes move) with a note, audited. Their chapter's other organisers can
 * resubmit after checking it; nothing is published by accident while the account is suspended.
 */
export async function holdPendingActions(tx: Prisma.TransactionClient, actorId: string, userId: string): Promise<number> {
  const pending = await tx.action.findMany({ where: { createdById: userId, status: "PENDING_REVIEW" }, select: { id: true } });
  for (const a of pending) {
    await changeActionStatus(tx, {
      actorId,
      actionId: a.id,
      name: "requestChanges",
      to: "DRAFT",
      verb: "action.hold",
      reason: HOLD_NOTE,
      data: { reviewNote: HOLD_NOTE },
    });
  }
  return pending.length;
}
