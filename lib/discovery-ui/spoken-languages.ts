import { getDb } from "../db";

/** Language codes spoken at published actions that have not ended: the options of the language filter. */
export async function spokenLanguages(now = new Date()): Promise<string[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ code: string }[]>`
    SELECT DISTINCT unnest("languages") AS code FROM "Action"
    WHERE "status" = 'PUBLISHED' AND "endsAt" >= ${now}
    ORDER BY code`;
  return rows.map((r) => r.code).filter((c) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(c));
}
