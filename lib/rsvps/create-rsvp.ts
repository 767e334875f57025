import type { CurrentUser } from "../auth/current-user";
import { getDb } from "../db";
import { AppError } from "../errors";
import { enqueue } from "../jobs/queue";
import { nudgeWorker } from "../jobs/nudge";
import { enforceRateLimit } from "../rate-limit/hit";
import { assertAccepting, lockAction, resolveActionId, takesRsvps, TX_OPTIONS, type Tx } from "./action-lock";
import type { CreateRsvpBody, RsvpCreated } from "./schema";
import { hashToken, newCancelToken } from "./tokens";
import { waitlistPosition } from "./waitlist";

export type RsvpResult = RsvpCreated & { created: boolean };

/**
 * RSVP in one of three tiers. The action row is locked for the whole decision, so GOING vs
 * WAITLISTED, the arrival number and the counters are decided one request at a time; the
 * database CHECK on capacity would refuse anything that slipped past. Idempotent per person:
 * the same account or guest email gets its live RSVP back (a cancelled one is re-activated).
 */
export async function createRsvp(user: CurrentUser | null, ref: string, body: CreateRsvpBody, now = new Date()): Promise<RsvpResult> {
  const db = await getDb();
  const actionId = await resolveActionId(db, ref);
  const guestEmail = user ? null : (body.email ?? null);
  const limitSubject = user?.email ?? guestEmail;
  if (limitSubject) await enforceRateLimit("RSVP", `email:${limitSubject.toLowerCase()}`);
  const token = user ? null : newCancelToken();
  const locale = body.locale ?? user?.locale ?? "en";

  const result = await db.$transaction(async (tx) => {
    const a = await lockAction(tx, actionId);
    assertAccepting(a, now);
    if (!takesRsvps(a)) throw new AppError("CONFLICT", "This action does not take RSVPs");
    const seats = 1 + body.guests;
    if (a.capacity !== null && seats > a.capacity) {
      throw new AppError("ACTION_FULL", "The party is larger than the action's capacity", { guests: ["Too many guests for this action"] });
    }
    const existing = await findExisting(tx, actionId, user?.id ?? null, guestEmail);
    if (existing && existing.status !== "CANCELLED") {
      const position = existing.status === "WAITLISTED" ? await waitlistPosition(tx, actionId, existing.arrival) : undefined;
      return { id: existing.id, status: existing.status, position, created: false };
    }
    const going = a.capacity === null || a.goingCount + seats <= a.capacity;
    const status = going ? ("GOING" as const) : ("WAITLISTED" as const);
    // Taken while the row is locked, so arrival order is exactly decision order.
    const [{ arrival }] = await tx.$queryRaw<{ arrival: number }[]>`SELECT nextval(pg_get_serial_sequence('"Rsvp"', 'arrival'))::int AS "arrival"`;
    const data = {
      status,
      guests: body.guests,
      arrival,
      locale,
      name: user ? null : (body.name ?? null),
      email: guestEmail,
      cancelTokenHash: token ? hashToken(token) : null,
      checkedInAt: null,
    };
    const row = existing
      ? await tx.rsvp.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.rsvp.create({ data: { actionId, userId: user?.id ?? null, ...data }, select: { id: true } });
    if (going) await tx.$executeRaw`UPDATE "Action" SET "goingCount" = "goingCount" + ${seats} WHERE "id" = ${actionId}`;
    else await tx.$executeRaw`UPDATE "Action" SET "waitlistCount" = "waitlistCount" + 1 WHERE "id" = ${actionId}`;
    const position = going ? undefined : await waitlistPosition(tx, actionId, arrival);
    if (guestEmail || user?.email) await enqueue(tx, "mail.rsvp", { rsvpId: row.id, event: "created", ...(token ? { token } : {}) });
    return { id: row.id, status, position, created: true, ...(token ? { cancelToken: token } : {}) };
  }, TX_OPTIONS);
  if (result.created) nudgeWorker();
  return result;
}

async function findExisting(tx: Tx, actionId: string, userId: string | null, email: string | null) {
  const select = { id: true, status: true, arrival: true } as const;
  if (userId) return tx.rsvp.findUnique({ where: { actionId_userId: { actionId, userId } }, select });
  if (email) return tx.rsvp.findUnique({ where: { actionId_email: { actionId, email } }, select });
  return null;
}
