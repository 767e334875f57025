import { getDb } from "../db";
import { enqueue } from "../jobs/queue";
import { lockAction, TX_OPTIONS } from "./action-lock";
import { promoteWaitlisted } from "./waitlist";

/**
 * Seats can free up without a cancellation — an organiser raises the capacity or removes the
 * limit. Every minute, actions with a waitlist and free seats get the same promotion a
 * cancellation would give (row locked, arrival order, mails queued). Where no waitlisted party
 * fits the free seats nothing changes, so running it often or twice at once is harmless.
 */
export async function promoteIntoFreeSeats(now = new Date()): Promise<number> {
  const db = await getDb();
  const candidates = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Action"
    WHERE "status" = 'PUBLISHED' AND "endsAt" > ${now} AND "waitlistCount" > 0
      AND ("capacity" IS NULL OR "goingCount" < "capacity")
    LIMIT 200`;
  let promoted = 0;
  for (const { id } of candidates) {
    promoted += await db.$transaction(async (tx) => {
      const a = await lockAction(tx, id);
      const ids = await promoteWaitlisted(tx, a);
      for (const rsvpId of ids) await enqueue(tx, "mail.rsvp", { rsvpId, event: "promoted" });
      return ids.length;
    }, TX_OPTIONS);
  }
  return promoted;
}
