import { Prisma } from "../generated/prisma/client";
import { splitBbox } from "../geo/bbox";
import type { ActionFilters } from "./filters";
import { likePattern, sqlInBoxes, sqlTimestamp } from "./sql";

const DAY_MS = 86_400_000;
const WINDOW_DAYS = { week: 7, month: 31 } as const;

/**
 * The FROM clause of the discovery queries: the action, plus its chapter and statement only when a
 * filter reads them (slugs, free text). Both foreign keys are NOT NULL, so leaving an unused join
 * out changes no result; it saved about a third of a whole-world cluster query.
 */
export function actionFrom(filters: ActionFilters): Prisma.Sql {
  const chapter = Boolean(filters.chapter || filters.q);
  const statement = Boolean(filters.statement);
  return Prisma.sql`"Action" a${chapter ? Prisma.sql` JOIN "Chapter" c ON c."id" = a."chapterId"` : Prisma.empty}${
    statement ? Prisma.sql` JOIN "Statement" s ON s."id" = a."statementId"` : Prisma.empty
  }`;
}

/**
 * SQL conditions for the public filters. Always PUBLISHED only; without an explicit date range
 * only actions that have not ended yet. `bbox` is left to the caller when it wants another shape.
 */
export function filterConditions(filters: ActionFilters, now: Date, options: { bbox?: boolean } = {}): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`a."status" = 'PUBLISHED'`];
  // Any "when" means "not ended yet" as well; with no dates at all that is the default too.
  if (filters.when || (!filters.from && !filters.to)) where.push(Prisma.sql`a."endsAt" >= ${sqlTimestamp(now)}`);
  if (filters.when === "week" || filters.when === "month") {
    const until = new Date(now.getTime() + WINDOW_DAYS[filters.when] * DAY_MS);
    where.push(Prisma.sql`a."startsAt" <= ${sqlTimestamp(until)}`);
  }
  if (filters.from) where.push(Prisma.sql`a."endsAt" >= ${sqlTimestamp(filters.from)}`);
  if (filters.to) where.push(Prisma.sql`a."startsAt" <= ${sqlTimestamp(filters.to)}`);
  if (filters.kind?.length) where.push(Prisma.sql`a."kind"::text IN (${Prisma.join(filters.kind)})`);
  if (filters.mode === "IN_PERSON") where.push(Prisma.sql`a."mode"::text IN ('IN_PERSON', 'HYBRID')`);
  if (filters.mode === "ONLINE") where.push(Prisma.sql`a."mode"::text IN ('ONLINE', 'HYBRID')`);
  if (filters.statement) where.push(Prisma.sql`s."slug" = ${filters.statement}`);
  if (filters.chapter) where.push(Prisma.sql`c."slug" = ${filters.chapter}`);
  if (filters.lang) where.push(Prisma.sql`${filters.lang} = ANY(a."languages")`);
  if (filters.q) where.push(textMatch(filters.q));
  if (filters.bbox && options.bbox !== false) where.push(sqlInBoxes(splitBbox(filters.bbox)));
  return where;
}

/**
 * Free text over the action, its chapter and its statement's titles in every language. Venue and
 * address only count for EXACT locations: otherwise a search would confirm a hidden street.
 */
function textMatch(q: string): Prisma.Sql {
  const p = likePattern(q);
  return Prisma.sql`(a."title" ILIKE ${p} ESCAPE '\\' OR a."description" ILIKE ${p} ESCAPE '\\'
    OR (a."locationPrivacy" = 'EXACT' AND (a."venue" ILIKE ${p} ESCAPE '\\' OR a."address" ILIKE ${p} ESCAPE '\\'))
    OR c."name" ILIKE ${p} ESCAPE '\\' OR c."city" ILIKE ${p} ESCAPE '\\'
    OR EXISTS (SELECT 1 FROM "StatementTranslation" st WHERE st."statementId" = a."statementId" AND st."title" ILIKE ${p} ESCAPE '\\'))`;
}
