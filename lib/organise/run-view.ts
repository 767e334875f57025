import type { CurrentUser } from "../auth/current-user";
import { getDb } from "../db";
import { tileConfig } from "../map/tile-config";
import { authoriseAction } from "./access";

export type AttendeeRow = { id: string; name: string | null; guests: number; status: "GOING" | "WAITLISTED" | "CANCELLED"; createdAt: string; checkedInAt: string | null };
export type PledgeRow = { id: string; name: string | null; amountMinor: number | null; currency: string | null; quantity: number | null; item: string | null; received: boolean; createdAt: string };

/**
 * Everything the run page shows an organiser. Names, never addresses (those only leave in the
 * audited CSV export). Anonymous pledges stay anonymous even here.
 */
export async function loadRunView(user: CurrentUser, idOrSlug: string) {
  const db = await getDb();
  const ref = await authoriseAction(db, user, idOrSlug, "action.attendees.read");
  const action = await db.action.findUniqueOrThrow({
    where: { id: ref.id },
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      status: true,
      mode: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      venue: true,
      address: true,
      lat: true,
      lng: true,
      locationPrivacy: true,
      capacity: true,
      goingCount: true,
      waitlistCount: true,
      currency: true,
      goalMinor: true,
      compromisedAt: true,
      rejectionReason: true,
      chapter: { select: { slug: true, name: true, trusted: true } },
    },
  });
  const rsvps = await db.rsvp.findMany({
    where: { actionId: ref.id, status: { in: ["GOING", "WAITLISTED"] } },
    orderBy: [{ status: "asc" }, { arrival: "asc" }],
    take: 5000,
    select: { id: true, name: true, guests: true, status: true, createdAt: true, checkedInAt: true, user: { select: { name: true } } },
  });
  const pledges = await db.pledge.findMany({
    where: { actionId: ref.id },
    orderBy: { createdAt: "asc" },
    take: 2000,
    select: { id: true, displayName: true, anonymous: true, amountMinor: true, currency: true, quantity: true, received: true, createdAt: true, need: { select: { item: true } }, user: { select: { name: true } } },
  });
  const commitments = await db.boycottCommitment.aggregate({ where: { actionId: ref.id }, _count: { _all: true }, _max: { createdAt: true } });
  const tiles = tileConfig();
  return {
    action: {
      ...action,
      startsAt: action.startsAt.toISOString(),
      endsAt: action.endsAt.toISOString(),
      compromisedAt: action.compromisedAt?.toISOString() ?? null,
    },
    attendees: rsvps.map<AttendeeRow>((r) => ({
      id: r.id,
      name: r.name ?? r.user?.name ?? null,
      guests: r.guests,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      checkedInAt: r.checkedInAt?.toISOString() ?? null,
    })),
    pledges: pledges.map<PledgeRow>((p) => ({
      id: p.id,
      name: p.anonymous ? null : (p.displayName ?? p.user?.name ?? null),
      amountMinor: p.amountMinor,
      currency: p.currency,
      quantity: p.quantity,
      item: p.need?.item ?? null,
      received: p.received,
      createdAt: p.createdAt.toISOString(),
    })),
    commitments: { count: commitments._count._all, latest: commitments._max.createdAt?.toISOString() ?? null },
    tiles: { url: tiles.url, attribution: tiles.attribution },
  };
}

