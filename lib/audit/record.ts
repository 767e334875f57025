import type { Prisma } from "../generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "auditLog">;

export type AuditEntry = {
  actorId: string | null;
  verb: string;
  targetType: string;
  targetId: string;
  chapterId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
};

/**
 * Written inside the same transaction as the change it describes, so there is never a change
 * without its entry. Callers pass only non-personal fields in before/after.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      verb: entry.verb,
      targetType: entry.targetType,
      targetId: entry.targetId,
      chapterId: entry.chapterId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
      reason: entry.reason ?? null,
    },
  });
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
