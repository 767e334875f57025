import { purgeExpiredPersonalData } from "../attendees/retention";
import { getDb } from "../db";
import { pruneRateLimits } from "../rate-limit/hit";
import { queueDueReminders, queueDueReveals } from "../rsvps/reminders";
import { promoteIntoFreeSeats } from "../rsvps/waitlist-sweep";
import { pruneJobs } from "./queue";

/**
 * The periodic work, run every minute by every instance. Each task claims its work with a
 * conditional UPDATE or a unique key, so running it twice at once is harmless.
 */
export async function runScheduledTasks(now = new Date()) {
  const reminders = await queueDueReminders(now);
  const reveals = await queueDueReveals(now);
  const purged = await purgeExpiredPersonalData(now);
  const promoted = await promoteIntoFreeSeats(now);
  return { reminders, reveals, purged, promoted };
}

/** Housekeeping that does not need to run every minute. */
export async function runHousekeeping(now = new Date()) {
  const db = await getDb();
  await pruneJobs(db, now);
  await pruneRateLimits();
}
