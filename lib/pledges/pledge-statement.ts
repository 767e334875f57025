import type { PrismaClient } from "../generated/prisma/client";
import { rateLimitCtes, type RateLimitHit, type RateLimitVerdict } from "../rate-limit/bucket-sql";
import { UNPUBLISHED } from "../rsvps/action-lock";
import { newRowId } from "../rsvps/insert-rsvp";

type PledgeStatementInput = {
  ref: string;
  userId: string | null;
  displayName: string | null;
  anonymous: boolean;
  email: string | null;
  cancelTokenHash: string | null;
  /** Money in the drive's currency (the body's currency, if any, must be that one) … */
  amountMinor: number | null;
  currency: string | null;
  /** … or items from its needs list. */
  needId: string | null;
  quantity: number | null;
  /** Checks on the body alone that must also hold (a name unless anonymous). */
  bodyOk: boolean;
  mail: { token: string; locale: string } | null;
  now: Date;
  rateLimits: RateLimitHit[];
};

export type PledgeStatementRow = RateLimitVerdict & {
  actionId: string | null;
  kind: string | null;
  status: string | null;
  endsAt: Date | null;
  actionCurrency: string | null;
  needFound: boolean;
  /** The new pledge; null when nothing was inserted (the caller explains why from the facts above). */
  id: string | null;
  pledgedMinor: number;
  needs: { id: string; pledged: number }[];
};

/**
 * A pledge as ONE SQL statement (one round trip, one transaction): count the rate-limit buckets,
 * find the public action by id or slug (and the need, for items), insert the pledge only if
 * every rule holds, queue the guest's mail, and return the drive's totals including the new
 * pledge together with the facts the caller needs to say precisely why a pledge was refused.
 * Pledges have no capacity, so nothing is locked.
 */
export async function pledgeInOneStatement(db: PrismaClient, i: PledgeStatementInput): Promise<PledgeStatementRow> {
  const id = newRowId();
  const money = i.amountMinor !== null;
  const rows = await db.$queryRaw<PledgeStatementRow[]>`
    WITH ${rateLimitCtes(i.rateLimits)}, "target" AS (
      SELECT a."id", a."kind"::text AS "kind", a."status"::text AS "status", a."endsAt", a."currency"::text AS "currency" FROM "Action" a
      WHERE (a."id" = ${i.ref} OR a."slug" = ${i.ref}) AND a."status"::text <> ALL(${[...UNPUBLISHED]}::text[])
      LIMIT 1
    ), "need" AS (
      SELECT n."id" FROM "ActionNeed" n WHERE n."id" = ${i.needId}::text AND n."actionId" = (SELECT "id" FROM "target")
    ), "accepted" AS (
      SELECT t."id", t."currency" FROM "target" t
      WHERE (SELECT "rlOk" FROM "rl_verdict") AND ${i.bodyOk}::boolean
        AND t."kind" = 'DONATION_DRIVE' AND t."status" = 'PUBLISHED' AND t."endsAt" > ${i.now}
        AND CASE WHEN ${money}::boolean
          THEN t."currency" IS NOT NULL AND (${i.currency}::text IS NULL OR ${i.currency}::text = t."currency")
          ELSE EXISTS (SELECT 1 FROM "need") END
    ), "inserted" AS (
      INSERT INTO "Pledge" ("id", "actionId", "userId", "displayName", "anonymous", "email", "cancelTokenHash", "amountMinor", "currency", "needId", "quantity")
      SELECT ${id}, c."id", ${i.userId}::text, ${i.displayName}::text, ${i.anonymous}::boolean, ${i.email}::text, ${i.cancelTokenHash}::text,
             ${i.amountMinor}::int, CASE WHEN ${money}::boolean THEN c."currency" END, ${money ? null : i.needId}::text, ${money ? null : i.quantity}::int
      FROM "accepted" c
      RETURNING "id", "amountMinor", "currency", "needId", "quantity"
    ), "mailed" AS (
      INSERT INTO "Job" ("name", "payload")
      SELECT 'mail.pledge', jsonb_build_object('pledgeId', ins."id", 'token', ${i.mail?.token ?? null}::text, 'locale', ${i.mail?.locale ?? null}::text)
      FROM "inserted" ins WHERE ${i.mail !== null}::boolean
    ), "rows" AS (
      -- This statement's snapshot does not see its own insert: the totals add it explicitly.
      SELECT p."amountMinor", p."currency"::text AS "currency", p."needId", p."quantity" FROM "Pledge" p WHERE p."actionId" = (SELECT "id" FROM "target")
      UNION ALL SELECT ins."amountMinor", ins."currency"::text, ins."needId", ins."quantity" FROM "inserted" ins
    )
    SELECT v."rlOk", v."rlRetryAt", t."id" AS "actionId", t."kind", t."status", t."endsAt", t."currency" AS "actionCurrency",
           EXISTS (SELECT 1 FROM "need") AS "needFound", ins."id",
           COALESCE((SELECT sum(r."amountMinor") FROM "rows" r WHERE r."currency" = t."currency" AND r."amountMinor" IS NOT NULL), 0)::int AS "pledgedMinor",
           COALESCE((SELECT json_agg(json_build_object('id', q."needId", 'pledged', q."pledged") ORDER BY q."needId") FROM (
             SELECT r."needId", COALESCE(sum(r."quantity"), 0)::int AS "pledged" FROM "rows" r WHERE r."needId" IS NOT NULL GROUP BY r."needId"
           ) q), '[]'::json) AS "needs"
    FROM "rl_verdict" v LEFT JOIN "target" t ON true LEFT JOIN "inserted" ins ON true`;
  return rows[0];
}
