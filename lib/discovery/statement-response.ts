import { getDb } from "../db";
import type { StatementResponsePanel } from "./statement-dto";

type Num = number | bigint | string | null;
const n = (v: Num) => (v === null ? 0 : Number(v));

/** How chapters answered a statement: counts over its PUBLISHED actions only (cancelled ones do not count). */
export async function statementResponse(statementId: string): Promise<StatementResponsePanel> {
  const db = await getDb();
  const [byKind, totals, money, countries] = await Promise.all([
    db.action.groupBy({ by: ["kind"], where: { statementId, status: "PUBLISHED" }, _count: { _all: true }, _sum: { goingCount: true } }),
    db.$queryRaw<{ items: Num; commitments: Num }[]>`SELECT
        (SELECT sum(p."quantity") FROM "Pledge" p JOIN "Action" a ON a."id" = p."actionId"
          WHERE a."statementId" = ${statementId} AND a."status" = 'PUBLISHED' AND p."needId" IS NOT NULL) AS items,
        (SELECT count(*) FROM "BoycottCommitment" b JOIN "Action" a ON a."id" = b."actionId"
          WHERE a."statementId" = ${statementId} AND a."status" = 'PUBLISHED') AS commitments`,
    db.$queryRaw<{ currency: string; amount: Num }[]>`SELECT upper(coalesce(p."currency", a."currency")) AS currency, sum(p."amountMinor") AS amount
        FROM "Pledge" p JOIN "Action" a ON a."id" = p."actionId"
        WHERE a."statementId" = ${statementId} AND a."status" = 'PUBLISHED' AND p."amountMinor" IS NOT NULL
          AND coalesce(p."currency", a."currency") IS NOT NULL
        GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<{ code: string }[]>`SELECT DISTINCT c."countryCode" AS code FROM "Action" a JOIN "Chapter" c ON c."id" = a."chapterId"
        WHERE a."statementId" = ${statementId} AND a."status" = 'PUBLISHED' ORDER BY 1`,
  ]);
  const actionsByKind = { RALLY: 0, DONATION_DRIVE: 0, BOYCOTT: 0 };
  let peopleGoing = 0;
  for (const row of byKind) {
    actionsByKind[row.kind] = row._count._all;
    peopleGoing += row._sum.goingCount ?? 0;
  }
  const codes = countries.map((c) => c.code.trim());
  return {
    actionsByKind,
    peopleGoing,
    moneyPledged: money.map((m) => ({ currency: m.currency.trim(), amountMinor: n(m.amount) })),
    itemsPledged: n(totals[0]?.items ?? null),
    boycottCommitments: n(totals[0]?.commitments ?? null),
    countriesReached: codes.length,
    countries: codes,
  };
}
