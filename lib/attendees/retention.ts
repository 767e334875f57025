import { getDb } from "../db";

const BATCH = 50;

/**
 * Erases attendee personal data (names, emails, account links, cancel codes) of actions that
 * ended more than their retentionDays ago; counts and amounts stay. Each action is claimed with
 * a conditional UPDATE on personalDataPurgedAt, so concurrent runs on several instances never
 * do the work twice and a crash half-way leaves nothing half-erased (one transaction per action).
 */
export async function purgeExpiredPersonalData(now = new Date()): Promise<string[]> {
  const db = await getDb();
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Action"
    WHERE "personalDataPurgedAt" IS NULL
      AND "endsAt" + make_interval(days => "retentionDays") < ${now}
    ORDER BY "endsAt" LIMIT ${BATCH}`;
  const purged: string[] = [];
  for (const { id } of due) {
    const done = await db.$transaction(async (tx) => {
      const claimed = await tx.$executeRaw`
        UPDATE "Action" SET "personalDataPurgedAt" = ${now} WHERE "id" = ${id} AND "personalDataPurgedAt" IS NULL`;
      if (claimed !== 1) return false;
      await tx.rsvp.updateMany({ where: { actionId: id }, data: { name: null, email: null, userId: null, cancelTokenHash: null } });
      await tx.pledge.updateMany({ where: { actionId: id }, data: { displayName: null, email: null, userId: null, anonymous: true, cancelTokenHash: null } });
      await tx.boycottCommitment.updateMany({ where: { actionId: id }, data: { email: null, userId: null, cancelTokenHash: null } });
      return true;
    });
    if (done) purged.push(id);
  }
  return purged;
}
