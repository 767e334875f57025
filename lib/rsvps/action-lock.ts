import type { Prisma } from "../generated/prisma/client";
import { AppError, notFoundError } from "../errors";

export type Tx = Prisma.TransactionClient;

/** Generous: 200 RSVPs queue on one row lock (and on the embedded database, on one connection). */
export const TX_OPTIONS = { maxWait: 60_000, timeout: 30_000 } as const;

export type LockedAction = {
  id: string;
  chapterId: string;
  kind: "RALLY" | "DONATION_DRIVE" | "BOYCOTT";
  mode: "IN_PERSON" | "ONLINE" | "HYBRID";
  status: string;
  capacity: number | null;
  goingCount: number;
  waitlistCount: number;
  startsAt: Date;
  endsAt: Date;
};

/** Drafts, actions in review and rejected ones do not exist for the public: 404, never "closed". */
export const UNPUBLISHED = ["DRAFT", "PENDING_REVIEW", "REJECTED"] as const;
export const publicActionWhere = (ref: string) => ({ OR: [{ id: ref }, { slug: ref }], status: { notIn: [...UNPUBLISHED] } });

/**
 * Locks the action row for the rest of the transaction. Every capacity decision (RSVP, cancel,
 * promotion) takes this lock first, so they happen one after another per action.
 */
export async function lockAction(tx: Tx, id: string): Promise<LockedAction> {
  const rows = await tx.$queryRaw<LockedAction[]>`
    SELECT "id", "chapterId", "kind"::text AS "kind", "mode"::text AS "mode", "status"::text AS "status",
           "capacity", "goingCount", "waitlistCount", "startsAt", "endsAt"
    FROM "Action" WHERE "id" = ${id} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw notFoundError("Action not found");
  return row;
}

/** Only published actions that have not ended take responses. */
export function assertAccepting(a: { status: string; endsAt: Date }, now: Date) {
  if (a.status !== "PUBLISHED") throw new AppError("CONFLICT", "This action does not accept responses");
  if (a.endsAt.getTime() <= now.getTime()) throw new AppError("CONFLICT", "This action has ended");
}

export function isAccepting(a: { status: string; endsAt: Date }, now: Date): boolean {
  return a.status === "PUBLISHED" && a.endsAt.getTime() > now.getTime();
}

/** RSVPs belong to rallies and to anything with a place to be. */
export function takesRsvps(a: { kind: string; mode: string }): boolean {
  return a.kind === "RALLY" || a.mode !== "ONLINE";
}

/** The same, for a page that renders the action as it is at this moment. */
export function isAcceptingNow(a: { status: string; endsAt: Date | string }): boolean {
  return isAccepting({ status: a.status, endsAt: new Date(a.endsAt) }, new Date());
}
