import type { Prisma } from "../generated/prisma/client";
import { recordAudit } from "../audit/record";
import { AppError, notFoundError } from "../errors";
import { transition, type ActionStatus, type TransitionName } from "../actions/state-machine";

type Tx = Prisma.TransactionClient;

export type StatusChange = {
  actorId: string;
  actionId: string;
  name: TransitionName;
  to: ActionStatus;
  verb: string;
  reason?: string | null;
  data?: Omit<Prisma.ActionUpdateManyMutationInput, "status">;
  /** Called with the loaded row before anything is written; throw to refuse. */
  check?: (row: LoadedAction) => void;
};

export type LoadedAction = {
  id: string;
  status: ActionStatus;
  chapterId: string;
  title: string;
  slug: string;
  statement: { status: "DRAFT" | "PUBLISHED" };
};

/**
 * The one place moderation moves an action's status. The state machine decides whether the move
 * is legal; the UPDATE is conditional on the status we read, so two moderators acting at once
 * cannot both succeed (the loser gets the same 409 as any illegal move).
 */
export async function changeActionStatus(tx: Tx, change: StatusChange): Promise<LoadedAction & { to: ActionStatus }> {
  const row = await tx.action.findUnique({
    where: { id: change.actionId },
    select: { id: true, status: true, chapterId: true, title: true, slug: true, statement: { select: { status: true } } },
  });
  if (!row) throw notFoundError("Action not found");
  const to = transition(change.name, row.status, change.to);
  change.check?.(row);
  const { count } = await tx.action.updateMany({
    where: { id: row.id, status: row.status },
    data: { ...change.data, status: to },
  });
  if (count === 0) throw new AppError("INVALID_TRANSITION", "The action changed meanwhile; reload and try again");
  await recordAudit(tx, {
    actorId: change.actorId,
    verb: change.verb,
    targetType: "Action",
    targetId: row.id,
    chapterId: row.chapterId,
    before: { status: row.status },
    after: { status: to },
    reason: change.reason ?? null,
  });
  return { ...row, to };
}
