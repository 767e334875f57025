import { getDb } from "../db";
import { enqueue } from "../jobs/queue";
import { DEFAULT_REVEAL_HOURS } from "./reveal";

const DAY_MS = 86_400_000;

/**
 * A day before start, every GOING attendee with an address gets one reminder. The action is
 * claimed with a conditional UPDATE on reminderSentAt inside the same transaction that queues the
 * mails: two instances (or two overlapping runs) can both find the action, only one wins the
 * claim, so nobody gets the reminder twice. Returns the claimed action ids.
 */
export async function queueDueReminders(now = new Date()): Promise<string[]> {
  const db = await getDb();
  const due = await db.action.findMany({
    where: { status: "PUBLISHED", reminderSentAt: null, startsAt: { gt: now, lte: new Date(now.getTime() + DAY_MS) } },
    select: { id: true },
    take: 100,
  });
  const claimed: string[] = [];
  for (const { id } of due) {
    const won = await db.$transaction(async (tx) => {
      const n = await tx.$executeRaw`UPDATE "Action" SET "reminderSentAt" = ${now} WHERE "id" = ${id} AND "reminderSentAt" IS NULL`;
      if (n !== 1) return false;
      const going = await tx.rsvp.findMany({
        where: { actionId: id, status: "GOING", OR: [{ email: { not: null } }, { user: { email: { not: null } } }] },
        select: { id: true },
      });
      for (const r of going) await enqueue(tx, "mail.rsvp", { rsvpId: r.id, event: "reminder" }, { key: `reminder:${r.id}` });
      return true;
    });
    if (won) claimed.push(id);
  }
  return claimed;
}

/**
 * REVEAL_TO_ATTENDEES: when the reveal time comes, mail the exact place to everyone GOING. The
 * keyed job "reveal:<action>" is the once-only claim (unique key, insert-or-nothing), taken in
 * the same transaction as the per-attendee mails.
 */
export async function queueDueReveals(now = new Date()): Promise<string[]> {
  const db = await getDb();
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT a."id" FROM "Action" a
    WHERE a."status" = 'PUBLISHED' AND a."locationPrivacy" = 'REVEAL_TO_ATTENDEES' AND a."endsAt" > ${now}
      AND a."startsAt" - make_interval(hours => COALESCE(a."revealHoursBefore", ${DEFAULT_REVEAL_HOURS})) <= ${now}
      AND NOT EXISTS (SELECT 1 FROM "Job" j WHERE j."key" = 'reveal:' || a."id")
    LIMIT 100`;
  const claimed: string[] = [];
  for (const { id } of due) {
    const won = await db.$transaction(async (tx) => {
      if (!(await enqueue(tx, "reveal.fanout", { actionId: id }, { key: `reveal:${id}` }))) return false;
      const going = await tx.rsvp.findMany({ where: { actionId: id, status: "GOING" }, select: { id: true } });
      for (const r of going) await enqueue(tx, "mail.rsvp", { rsvpId: r.id, event: "reveal" }, { key: `reveal-mail:${r.id}` });
      return true;
    });
    if (won) claimed.push(id);
  }
  return claimed;
}
