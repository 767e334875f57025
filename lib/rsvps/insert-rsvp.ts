import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import { rateLimitCtes, type RateLimitHit, type RateLimitVerdict } from "../rate-limit/bucket-sql";
import { UNPUBLISHED } from "./action-lock";

type RsvpStatementInput = {
  /** The action's id or slug, as in the URL. */
  ref: string;
  userId: string | null;
  name: string | null;
  email: string | null;
  locale: string;
  guests: number;
  cancelTokenHash: string | null;
  /** Queue the confirmation mail in the same statement, with the cancel code when there is one. */
  mail: { token: string | null } | null;
  now: Date;
  /** Rate-limit buckets counted by this same statement. */
  rateLimits: RateLimitHit[];
};

type RsvpStatementRow = RateLimitVerdict & {
  /** null: no public action behind the reference. */
  actionId: string | null;
  existingId: string | null;
  existingStatus: "GOING" | "WAITLISTED" | "CANCELLED" | null;
  existingPosition: number | null;
  /** The new RSVP; null when none was inserted (over a limit, an existing one, or the action refused it). */
  id: string | null;
  status: "GOING" | "WAITLISTED" | null;
  waitlistCount: number | null;
};

/** cuid-like ids, like the rest of the schema (Prisma's @default(cuid()) is client-side). */
export function newRowId() {
  return `c${Date.now().toString(36)}${randomBytes(9).toString("hex")}`;
}

/**
 * An RSVP as ONE SQL statement, i.e. one round trip and one transaction with no separate commit:
 * it counts the rate-limit buckets, finds the public action by id or slug and this person's
 * RSVP to it, and — only if no bucket is exhausted and there is none — locks the action row
 * FOR UPDATE (re-reading its latest counters once the lock is granted), decides GOING vs
 * WAITLISTED against those counters and bumps them, inserts the RSVP (its arrival number taken
 * while the lock is held) and queues the confirmation mail. The lock is held only for this
 * statement and its commit, so a burst on one action queues on it briefly; CHECK
 * "Action_capacity_not_exceeded" remains the last guard. The caller turns the row into an answer.
 */
export async function rsvpInOneStatement(db: PrismaClient, i: RsvpStatementInput): Promise<RsvpStatementRow> {
  const seats = 1 + i.guests;
  const id = newRowId();
  const rows = await db.$queryRaw<RsvpStatementRow[]>`
    WITH ${rateLimitCtes(i.rateLimits)}, "target" AS (
      SELECT a."id" FROM "Action" a
      WHERE (a."id" = ${i.ref} OR a."slug" = ${i.ref}) AND a."status"::text <> ALL(${[...UNPUBLISHED]}::text[])
      LIMIT 1
    ), "existing" AS (
      SELECT r."id", r."status", r."arrival" FROM "Rsvp" r
      WHERE r."actionId" = (SELECT "id" FROM "target")
        AND ((${i.userId}::text IS NOT NULL AND r."userId" = ${i.userId}::text) OR (${i.email}::text IS NOT NULL AND r."email" = ${i.email}::text))
      LIMIT 1
    ), "locked" AS (
      SELECT "id", ("capacity" IS NULL OR "goingCount" + ${seats}::int <= "capacity") AS "going"
      FROM "Action"
      WHERE "id" = (SELECT "id" FROM "target") AND (SELECT "rlOk" FROM "rl_verdict") AND NOT EXISTS (SELECT 1 FROM "existing")
        AND "status" = 'PUBLISHED' AND "endsAt" > ${i.now}
        AND ("kind" = 'RALLY' OR "mode" <> 'ONLINE') AND ("capacity" IS NULL OR ${seats}::int <= "capacity")
      FOR UPDATE
    ), "counted" AS (
      UPDATE "Action" a SET
        "goingCount" = a."goingCount" + CASE WHEN l."going" THEN ${seats}::int ELSE 0 END,
        "waitlistCount" = a."waitlistCount" + CASE WHEN l."going" THEN 0 ELSE 1 END
      FROM "locked" l WHERE a."id" = l."id"
      RETURNING l."going", a."waitlistCount"
    ), "inserted" AS (
      INSERT INTO "Rsvp" ("id", "actionId", "userId", "name", "email", "locale", "status", "guests", "cancelTokenHash", "createdAt", "updatedAt")
      SELECT ${id}, (SELECT "id" FROM "target"), ${i.userId}::text, ${i.name}::text, ${i.email}::text, ${i.locale}::text,
             (CASE WHEN c."going" THEN 'GOING' ELSE 'WAITLISTED' END)::"RsvpStatus", ${i.guests}::int, ${i.cancelTokenHash}::text, ${i.now}, ${i.now}
      FROM "counted" c
      RETURNING "id", "status"
    ), "mailed" AS (
      INSERT INTO "Job" ("name", "payload")
      SELECT 'mail.rsvp', jsonb_strip_nulls(jsonb_build_object('rsvpId', ins."id", 'event', 'created', 'token', ${i.mail?.token ?? null}::text))
      FROM "inserted" ins WHERE ${i.mail !== null}::boolean
    )
    SELECT v."rlOk", v."rlRetryAt", t."id" AS "actionId",
           e."id" AS "existingId", e."status"::text AS "existingStatus",
           CASE WHEN e."status" = 'WAITLISTED' THEN 1 + (
             SELECT count(*) FROM "Rsvp" w WHERE w."actionId" = t."id" AND w."status" = 'WAITLISTED' AND w."arrival" < e."arrival"
           ) END::int AS "existingPosition",
           ins."id", ins."status"::text AS "status", c."waitlistCount"
    FROM "rl_verdict" v
    LEFT JOIN "target" t ON true LEFT JOIN "existing" e ON true
    LEFT JOIN "inserted" ins ON true LEFT JOIN "counted" c ON true`;
  return rows[0];
}
