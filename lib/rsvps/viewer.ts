import type { CurrentUser } from "../auth/current-user";
import { can } from "../auth/policy";
import { getDb } from "../db";
import { notFoundError } from "../errors";
import { isAccepting } from "./action-lock";
import { participationCounts } from "./counts";
import { revealAt, revealedPlace } from "./reveal";
import type { ViewerState } from "./schema";
import { hashToken } from "./tokens";
import { waitlistPosition } from "./waitlist";

const PUBLIC_STATUSES = new Set(["PUBLISHED", "CANCELLED"]);

/**
 * The viewer's own participation in one action: found by their account, or by a cancel code
 * this browser holds. The exact place of a REVEAL_TO_ATTENDEES action is included only for a
 * GOING RSVP once the reveal time has come.
 */
export async function viewerState(
  user: CurrentUser | null,
  ref: string,
  codes: { rsvpToken?: string | null; commitmentToken?: string | null },
  now = new Date(),
): Promise<ViewerState> {
  const db = await getDb();
  const a = await db.action.findFirst({
    where: { OR: [{ id: ref }, { slug: ref }] },
    select: {
      id: true, chapterId: true, status: true, endsAt: true, startsAt: true, capacity: true, goingCount: true, waitlistCount: true,
      currency: true, locationPrivacy: true, revealHoursBefore: true, venue: true, address: true, lat: true, lng: true,
    },
  });
  if (!a || (!PUBLIC_STATUSES.has(a.status) && !can(user, "action.read.private", { chapterId: a.chapterId }))) {
    throw notFoundError("Action not found");
  }
  const rsvpSelect = { id: true, status: true, guests: true, arrival: true, email: true } as const;
  const rsvpRow = user
    ? await db.rsvp.findUnique({ where: { actionId_userId: { actionId: a.id, userId: user.id } }, select: rsvpSelect })
    : codes.rsvpToken
      ? await db.rsvp.findFirst({ where: { actionId: a.id, cancelTokenHash: hashToken(codes.rsvpToken) }, select: rsvpSelect })
      : null;
  const live = rsvpRow && rsvpRow.status !== "CANCELLED" ? { ...rsvpRow, status: rsvpRow.status } : null;
  const commitmentRow = user
    ? await db.boycottCommitment.findUnique({ where: { actionId_userId: { actionId: a.id, userId: user.id } }, select: { id: true } })
    : codes.commitmentToken
      ? await db.boycottCommitment.findFirst({ where: { actionId: a.id, cancelTokenHash: hashToken(codes.commitmentToken) }, select: { id: true } })
      : null;
  const reveal = revealAt(a);
  return {
    signedIn: !!user,
    accepting: isAccepting(a, now),
    counts: await participationCounts(db, a),
    rsvp: live
      ? {
          id: live.id,
          status: live.status,
          guests: live.guests,
          position: live.status === "WAITLISTED" ? await waitlistPosition(db, a.id, live.arrival) : null,
          hasEmail: !!(live.email ?? user?.email),
        }
      : null,
    commitment: commitmentRow,
    location: revealedPlace(a, live?.status ?? null, now),
    revealAt: reveal ? reveal.toISOString() : null,
  };
}
