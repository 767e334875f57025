import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";

export type InsertRsvpInput = {
  actionId: string;
  userId: string | null;
  name: string | null;
  email: string | null;
  locale: string;
  guests: number;
  cancelTokenHash: string | null;
  /** Queue the confirmation mail in the same statement, with the cancel code when there is one. */
  mail: { token: string | null } | null;
  now: Date;
};

export type InsertedRsvp = { id: string; status: "GOING" | "WAITLISTED"; arrival: number; waitlistCount: number };

/** cuid-like ids, like the rest of the schema (Prisma's @default(cuid()) is client-side). */
export function newRowId() {
  return `c${Date.now().toString(36)}${randomBytes(9).toString("hex")}`;
}

/**
 * The hot path of an RSVP as ONE SQL statement, i.e. one transaction: the sub-select locks the
 * action row FOR UPDATE (and re-reads its latest counters once the lock is granted), the UPDATE
 * decides GOING vs WAITLISTED against those counters and bumps them, the INSERT takes its arrival
 * number while the lock is held, and the confirmation mail job is queued with it. The lock is held
 * only for this statement and its commit — no client round trips in between — so a burst of
 * RSVPs on one action queues on the lock briefly. CHECK "Action_capacity_not_exceeded" remains the
 * last guard. Returns null when the action does not take this RSVP (caller explains why).
 */
export async function insertRsvpAtomically(db: PrismaClient, i: InsertRsvpInput): Promise<InsertedRsvp | null> {
  const seats = 1 + i.guests;
  const id = newRowId();
  const rows = await db.$queryRaw<{ id: string; status: "GOING" | "WAITLISTED"; arrival: number; waitlistCount: number }[]>`
    WITH locked AS (
      SELECT "id", ("capacity" IS NULL OR "goingCount" + ${seats}::int <= "capacity") AS "going"
      FROM "Action"
      WHERE "id" = ${i.actionId} AND "status" = 'PUBLISHED' AND "endsAt" > ${i.now}
        AND ("kind" = 'RALLY' OR "mode" <> 'ONLINE') AND ("capacity" IS NULL OR ${seats}::int <= "capacity")
      FOR UPDATE
    ), counted AS (
      UPDATE "Action" a SET
        "goingCount" = a."goingCount" + CASE WHEN l."going" THEN ${seats}::int ELSE 0 END,
        "waitlistCount" = a."waitlistCount" + CASE WHEN l."going" THEN 0 ELSE 1 END
      FROM locked l WHERE a."id" = l."id"
      RETURNING l."going", a."waitlistCount"
    ), inserted AS (
      INSERT INTO "Rsvp" ("id", "actionId", "userId", "name", "email", "locale", "status", "guests", "cancelTokenHash", "createdAt", "updatedAt")
      SELECT ${id}, ${i.actionId}, ${i.userId}::text, ${i.name}::text, ${i.email}::text, ${i.locale}::text,
             (CASE WHEN c."going" THEN 'GOING' ELSE 'WAITLISTED' END)::"RsvpStatus", ${i.guests}::int, ${i.cancelTokenHash}::text, ${i.now}, ${i.now}
      FROM counted c
      RETURNING "id", "status", "arrival"
    ), mailed AS (
      INSERT INTO "Job" ("name", "payload")
      SELECT 'mail.rsvp', jsonb_strip_nulls(jsonb_build_object('rsvpId', ins."id", 'event', 'created', 'token', ${i.mail?.token ?? null}::text))
      FROM inserted ins WHERE ${i.mail !== null}::boolean
    )
    SELECT ins."id", ins."status"::text AS "status", ins."arrival", c."waitlistCount"
    FROM inserted ins CROSS JOIN counted c`;
  return rows[0] ?? null;
}
