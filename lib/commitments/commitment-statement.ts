import type { PrismaClient } from "../generated/prisma/client";
import { rateLimitCtes, type RateLimitHit, type RateLimitVerdict } from "../rate-limit/bucket-sql";
import { UNPUBLISHED } from "../rsvps/action-lock";
import { newRowId } from "../rsvps/insert-rsvp";

type CommitmentStatementInput = {
  ref: string;
  userId: string | null;
  email: string | null;
  cancelTokenHash: string | null;
  mail: { token: string; locale: string } | null;
  now: Date;
  rateLimits: RateLimitHit[];
};

type CommitmentStatementRow = RateLimitVerdict & {
  actionId: string | null;
  kind: string | null;
  status: string | null;
  endsAt: Date | null;
  /** This person's commitment from before (account or email); headcounts never have one. */
  existingId: string | null;
  /** The new commitment; null when none was inserted. */
  id: string | null;
  count: number;
};

/**
 * "I'm boycotting" as ONE SQL statement (one round trip, one transaction): count the rate-limit
 * buckets, find the public action by id or slug and this person's commitment to it, insert one
 * only if every rule holds and there is none, queue the guest's mail, and return the count
 * including the new row. A concurrent identical request is settled by the unique constraints
 * (ON CONFLICT DO NOTHING: then neither `existingId` nor `id` is set, and the caller reads the winner).
 */
export async function commitmentInOneStatement(db: PrismaClient, i: CommitmentStatementInput): Promise<CommitmentStatementRow> {
  const id = newRowId();
  const rows = await db.$queryRaw<CommitmentStatementRow[]>`
    WITH ${rateLimitCtes(i.rateLimits)}, "target" AS (
      SELECT a."id", a."kind"::text AS "kind", a."status"::text AS "status", a."endsAt" FROM "Action" a
      WHERE (a."id" = ${i.ref} OR a."slug" = ${i.ref}) AND a."status"::text <> ALL(${[...UNPUBLISHED]}::text[])
      LIMIT 1
    ), "existing" AS (
      SELECT c."id" FROM "BoycottCommitment" c
      WHERE c."actionId" = (SELECT "id" FROM "target")
        AND ((${i.userId}::text IS NOT NULL AND c."userId" = ${i.userId}::text) OR (${i.email}::text IS NOT NULL AND c."email" = ${i.email}::text))
      LIMIT 1
    ), "inserted" AS (
      INSERT INTO "BoycottCommitment" ("id", "actionId", "userId", "email", "cancelTokenHash")
      SELECT ${id}, t."id", ${i.userId}::text, ${i.email}::text, ${i.cancelTokenHash}::text FROM "target" t
      WHERE (SELECT "rlOk" FROM "rl_verdict") AND NOT EXISTS (SELECT 1 FROM "existing")
        AND t."kind" = 'BOYCOTT' AND t."status" = 'PUBLISHED' AND t."endsAt" > ${i.now}
      ON CONFLICT DO NOTHING
      RETURNING "id"
    ), "mailed" AS (
      INSERT INTO "Job" ("name", "payload")
      SELECT 'mail.commitment', jsonb_build_object('commitmentId', ins."id", 'token', ${i.mail?.token ?? null}::text, 'locale', ${i.mail?.locale ?? null}::text)
      FROM "inserted" ins WHERE ${i.mail !== null}::boolean
    )
    SELECT v."rlOk", v."rlRetryAt", t."id" AS "actionId", t."kind", t."status", t."endsAt", e."id" AS "existingId", ins."id",
           ((SELECT count(*) FROM "BoycottCommitment" c WHERE c."actionId" = t."id") + (SELECT count(*) FROM "inserted"))::int AS "count"
    FROM "rl_verdict" v LEFT JOIN "target" t ON true LEFT JOIN "existing" e ON true LEFT JOIN "inserted" ins ON true`;
  return rows[0];
}
