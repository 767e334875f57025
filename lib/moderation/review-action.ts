import type { CurrentUser } from "../auth/current-user";
import { can } from "../auth/policy";
import { getDb } from "../db";
import { AppError, forbidden } from "../errors";
import { nudgeWorker } from "../jobs/nudge";
import { changeActionStatus, type StatusChange } from "./change-status";
import { queueModerationNotice, type Outcome } from "./notify-organisers";
import type { ModerationResult, RejectBody, RequestChangesBody } from "./schema";

/** PENDING_REVIEW → PUBLISHED. Only actions answering a published statement can go live. */
export function approveAction(actor: CurrentUser | null, actionId: string): Promise<ModerationResult> {
  return decide(actor, actionId, { outcome: "approved" }, {
    name: "approve",
    to: "PUBLISHED",
    verb: "action.approve",
    data: { publishedAt: new Date(), rejectionReason: null, reviewNote: null },
    check: (row) => {
      if (row.statement.status !== "PUBLISHED") {
        throw new AppError("UNPROCESSABLE", "This action answers a statement that is not published");
      }
    },
  });
}

/** PENDING_REVIEW → REJECTED; the reason is stored on the action and mailed to the organiser. */
export function rejectAction(actor: CurrentUser | null, actionId: string, body: RejectBody): Promise<ModerationResult> {
  const change = { name: "reject", to: "REJECTED", verb: "action.reject", reason: body.reason, data: { rejectionReason: body.reason } } as const;
  return decide(actor, actionId, { outcome: "rejected", text: body.reason }, change);
}

/** PENDING_REVIEW → DRAFT with a note the organiser sees in their workspace and by mail. */
export function requestChanges(actor: CurrentUser | null, actionId: string, body: RequestChangesBody): Promise<ModerationResult> {
  const change = { name: "requestChanges", to: "DRAFT", verb: "action.request_changes", reason: body.note, data: { reviewNote: body.note } } as const;
  return decide(actor, actionId, { outcome: "changes", text: body.note }, change);
}

/** An admin's decision: the move, its audit entry and the organisers' notice commit together. */
async function decide(
  actor: CurrentUser | null,
  actionId: string,
  notice: { outcome: Outcome; text?: string },
  change: Omit<StatusChange, "actorId" | "actionId">,
): Promise<ModerationResult> {
  if (!actor || !can(actor, "admin.access")) throw forbidden();
  const db = await getDb();
  const moved = await db.$transaction(async (tx) => {
    const row = await changeActionStatus(tx, { ...change, actorId: actor.id, actionId });
    await queueModerationNotice(tx, row.id, notice.outcome, notice.text);
    return row;
  });
  nudgeWorker();
  return { id: moved.id, status: moved.to };
}
