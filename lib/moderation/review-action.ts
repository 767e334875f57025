import type { CurrentUser } from "../auth/current-user";
import { can } from "../auth/policy";
import { getDb } from "../db";
import { AppError, forbidden } from "../errors";
import { changeActionStatus } from "./change-status";
import { notifyOrganisers } from "./notify-organisers";
import type { ModerationResult, RejectBody, RequestChangesBody } from "./schema";

function assertAdmin(actor: CurrentUser | null): asserts actor is CurrentUser {
  if (!can(actor, "admin.access")) throw forbidden();
}

/** PENDING_REVIEW → PUBLISHED. Only actions answering a published statement can go live. */
export async function approveAction(actor: CurrentUser | null, actionId: string): Promise<ModerationResult> {
  assertAdmin(actor);
  const db = await getDb();
  const moved = await db.$transaction((tx) =>
    changeActionStatus(tx, {
      actorId: actor.id,
      actionId,
      name: "approve",
      to: "PUBLISHED",
      verb: "action.approve",
      data: { publishedAt: new Date(), rejectionReason: null, reviewNote: null },
      check: (row) => {
        if (row.statement.status !== "PUBLISHED") {
          throw new AppError("UNPROCESSABLE", "This action answers a statement that is not published");
        }
      },
    }),
  );
  await notifyOrganisers(moved.id, "approved");
  return { id: moved.id, status: moved.to };
}

/** PENDING_REVIEW → REJECTED; the reason is stored on the action and mailed to the organiser. */
export async function rejectAction(actor: CurrentUser | null, actionId: string, body: RejectBody): Promise<ModerationResult> {
  assertAdmin(actor);
  const db = await getDb();
  const moved = await db.$transaction((tx) =>
    changeActionStatus(tx, {
      actorId: actor.id,
      actionId,
      name: "reject",
      to: "REJECTED",
      verb: "action.reject",
      reason: body.reason,
      data: { rejectionReason: body.reason },
    }),
  );
  await notifyOrganisers(moved.id, "rejected", body.reason);
  return { id: moved.id, status: moved.to };
}

/** PENDING_REVIEW → DRAFT with a note the organiser sees in their workspace and by mail. */
export async function requestChanges(actor: CurrentUser | null, actionId: string, body: RequestChangesBody): Promise<ModerationResult> {
  assertAdmin(actor);
  const db = await getDb();
  const moved = await db.$transaction((tx) =>
    changeActionStatus(tx, {
      actorId: actor.id,
      actionId,
      name: "requestChanges",
      to: "DRAFT",
      verb: "action.request_changes",
      reason: body.note,
      data: { reviewNote: body.note },
    }),
  );
  await notifyOrganisers(moved.id, "changes", body.note);
  return { id: moved.id, status: moved.to };
}
