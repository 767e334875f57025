import type { CurrentUser } from "../auth/current-user";
import { getDb } from "../db";
import { AppError, notFoundError } from "../errors";
import type { PrismaClient } from "../generated/prisma/client";
import { enqueue } from "../jobs/queue";
import { nudgeWorker } from "../jobs/nudge";
import { assertAccepting, lockAction, takesRsvps, TX_OPTIONS } from "./action-lock";
import { assertWithinLimits, takeRateLimits, type PendingRateLimits } from "../rate-limit/bucket-sql";
import { rsvpInOneStatement } from "./insert-rsvp";
import type { CreateRsvpBody, RsvpCreated } from "./schema";
import { hashToken, newCancelToken } from "./tokens";
import { waitlistPosition } from "./waitlist";

export type RsvpResult = RsvpCreated & { created: boolean };

/**
 * RSVP in one of three tiers. The common case is one SQL statement (insert-rsvp.ts) that also
 * counts the request's rate-limit buckets; capacity is decided there with the action row locked,
 * so concurrent RSVPs are decided one at a time in arrival order. Idempotent per person: the same
 * account or guest email gets its live RSVP back; a cancelled one is re-activated at the back of
 * the queue. Headcount RSVPs carry no identity, so each is new.
 */
export async function createRsvp(
  user: CurrentUser | null, ref: string, body: CreateRsvpBody, rateLimits?: PendingRateLimits, now = new Date(),
): Promise<RsvpResult> {
  const db = await getDb();
  const userId = user?.id ?? null;
  const email = user ? null : (body.email ?? null);
  const locale = body.locale ?? user?.locale ?? "en";
  const mailable = !!(email || user?.email);
  const token = user ? null : newCancelToken();

  for (let attempt = 0; attempt < 3; attempt++) {
    let row;
    try {
      row = await rsvpInOneStatement(db, {
        ref, userId, email, name: user ? null : (body.name ?? null), locale, guests: body.guests,
        cancelTokenHash: token ? hashToken(token) : null, mail: mailable ? { token } : null, now,
        rateLimits: takeRateLimits(rateLimits),
      });
    } catch (e) {
      // The same person twice at the same instant: the unique index decided and the whole
      // statement (buckets included) rolled back; the next attempt answers with the winner.
      if (isUniqueViolation(e) && (userId || email)) continue;
      throw e;
    }
    assertWithinLimits(row);
    if (!row.actionId) throw notFoundError("Action not found");
    if (row.existingId && row.existingStatus !== "CANCELLED") {
      return { id: row.existingId, status: row.existingStatus!, position: row.existingPosition ?? undefined, created: false };
    }
    if (row.existingId) return reactivate(db, row.existingId, row.actionId, body, locale, token, mailable, now);
    if (!row.id || !row.status) throw await whyRefused(db, row.actionId, body.guests, now);
    if (mailable) nudgeWorker();
    return {
      id: row.id, status: row.status, created: true,
      ...(row.status === "WAITLISTED" ? { position: row.waitlistCount! } : {}),
      ...(token ? { cancelToken: token } : {}),
    };
  }
  throw new AppError("CONFLICT", "Please try again");
}

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; message?: string; meta?: { code?: string } };
  return err?.code === "P2002" || (err?.code === "P2010" && /23505|unique/i.test(`${err.meta?.code ?? ""} ${err.message ?? ""}`));
}

/** The statement inserted nothing: say why, precisely. */
async function whyRefused(db: PrismaClient, actionId: string, guests: number, now: Date): Promise<AppError> {
  const a = await db.action.findUnique({ where: { id: actionId }, select: { status: true, endsAt: true, kind: true, mode: true, capacity: true } });
  if (!a) return notFoundError("Action not found");
  try {
    assertAccepting(a, now);
  } catch (e) {
    return e as AppError;
  }
  if (!takesRsvps(a)) return new AppError("CONFLICT", "This action does not take RSVPs");
  if (a.capacity !== null && 1 + guests > a.capacity) {
    return new AppError("ACTION_FULL", "The party is larger than the action's capacity", { guests: ["common.fieldErrors.tooBig"] });
  }
  return new AppError("CONFLICT", "Please try again");
}

/** A cancelled RSVP of the same person comes back to life at the back of the queue (rare path). */
async function reactivate(
  db: PrismaClient, rsvpId: string, actionId: string, body: CreateRsvpBody, locale: string, token: string | null, mailable: boolean, now: Date,
): Promise<RsvpResult> {
  const result = await db.$transaction(async (tx) => {
    const a = await lockAction(tx, actionId);
    assertAccepting(a, now);
    if (!takesRsvps(a)) throw new AppError("CONFLICT", "This action does not take RSVPs");
    const seats = 1 + body.guests;
    if (a.capacity !== null && seats > a.capacity) {
      throw new AppError("ACTION_FULL", "The party is larger than the action's capacity", { guests: ["common.fieldErrors.tooBig"] });
    }
    const going = a.capacity === null || a.goingCount + seats <= a.capacity;
    const status = going ? ("GOING" as const) : ("WAITLISTED" as const);
    const [{ arrival }] = await tx.$queryRaw<{ arrival: number }[]>`SELECT nextval(pg_get_serial_sequence('"Rsvp"', 'arrival'))::int AS "arrival"`;
    const current = await tx.rsvp.findUniqueOrThrow({ where: { id: rsvpId }, select: { status: true, email: true } });
    if (current.status !== "CANCELLED") throw new AppError("CONFLICT", "Please try again");
    await tx.rsvp.update({
      where: { id: rsvpId },
      data: {
        status, guests: body.guests, arrival, locale, checkedInAt: null,
        name: token ? (body.name ?? null) : null,
        email: token ? (body.email ?? null) : null,
        cancelTokenHash: token ? hashToken(token) : null,
      },
    });
    if (going) await tx.$executeRaw`UPDATE "Action" SET "goingCount" = "goingCount" + ${seats}::int WHERE "id" = ${actionId}`;
    else await tx.$executeRaw`UPDATE "Action" SET "waitlistCount" = "waitlistCount" + 1 WHERE "id" = ${actionId}`;
    const position = going ? undefined : await waitlistPosition(tx, actionId, arrival);
    if (mailable) await enqueue(tx, "mail.rsvp", { rsvpId, event: "created", ...(token ? { token } : {}) });
    return { id: rsvpId, status, position, created: true, ...(token ? { cancelToken: token } : {}) };
  }, TX_OPTIONS);
  if (mailable) nudgeWorker();
  return result;
}
