import type { CurrentUser } from "../auth/current-user";
import { can } from "../auth/policy";
import { getDb } from "../db";
import { forbidden, notFoundError, unauthenticated } from "../errors";
import type { AttendeesResponse } from "./schema";

const LIMIT = 5000;

/**
 * Who is coming, who pledged, who is boycotting — for organisers of this action's chapter and
 * admins. The permission is checked against the loaded action's chapter, so an organiser of
 * another chapter gets 403 like any member. Signed-in attendees show their account name/email.
 */
export async function listAttendees(user: CurrentUser | null, ref: string): Promise<AttendeesResponse> {
  if (!user) throw unauthenticated();
  const db = await getDb();
  const a = await db.action.findFirst({
    where: { OR: [{ id: ref }, { slug: ref }] },
    select: { id: true, slug: true, title: true, kind: true, chapterId: true, capacity: true, goingCount: true, waitlistCount: true, personalDataPurgedAt: true },
  });
  if (!a) throw notFoundError("Action not found");
  if (!can(user, "action.attendees.read", { chapterId: a.chapterId })) throw forbidden("Only this chapter's organisers can see attendees");

  const [rsvps, pledges, commitments] = await Promise.all([
    db.rsvp.findMany({
      where: { actionId: a.id, status: { in: ["GOING", "WAITLISTED"] } },
      orderBy: { arrival: "asc" },
      take: LIMIT,
      select: { id: true, status: true, name: true, email: true, guests: true, checkedInAt: true, createdAt: true, user: { select: { name: true, email: true } } },
    }),
    db.pledge.findMany({
      where: { actionId: a.id },
      orderBy: { createdAt: "asc" },
      take: LIMIT,
      select: {
        id: true, displayName: true, anonymous: true, email: true, amountMinor: true, currency: true, needId: true, quantity: true,
        received: true, createdAt: true, need: { select: { item: true } }, user: { select: { email: true } },
      },
    }),
    db.boycottCommitment.findMany({
      where: { actionId: a.id },
      orderBy: { createdAt: "asc" },
      take: LIMIT,
      select: { id: true, email: true, createdAt: true, userId: true, user: { select: { email: true } } },
    }),
  ]);
  let position = 0;
  return {
    action: { id: a.id, slug: a.slug, title: a.title, kind: a.kind, personalDataPurgedAt: a.personalDataPurgedAt?.toISOString() ?? null },
    counts: { going: a.goingCount, waitlisted: a.waitlistCount, capacity: a.capacity },
    rsvps: rsvps.map((r) => ({
      id: r.id,
      status: r.status,
      name: r.user?.name ?? r.name,
      email: r.user?.email ?? r.email,
      member: !!r.user,
      guests: r.guests,
      position: r.status === "WAITLISTED" ? ++position : null,
      checkedIn: !!r.checkedInAt,
      createdAt: r.createdAt.toISOString(),
    })),
    pledges: pledges.map((p) => ({
      id: p.id,
      displayName: p.anonymous ? null : p.displayName,
      anonymous: p.anonymous,
      // An anonymous pledger stays anonymous even to organisers.
      email: p.anonymous ? null : (p.email ?? p.user?.email ?? null),
      amountMinor: p.amountMinor,
      currency: p.currency,
      needId: p.needId,
      item: p.need?.item ?? null,
      quantity: p.quantity,
      received: p.received,
      createdAt: p.createdAt.toISOString(),
    })),
    commitments: commitments.map((c) => ({ id: c.id, email: c.email ?? c.user?.email ?? null, member: !!c.userId, createdAt: c.createdAt.toISOString() })),
  };
}
