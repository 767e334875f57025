import type { CurrentUser } from "../auth/current-user";
import { getDb } from "../db";
import type { MyRsvpItem } from "./schema";
import { waitlistPosition } from "./waitlist";

/** The signed-in user's live RSVPs, soonest first; other people's never appear here. */
export async function listMyRsvps(user: CurrentUser): Promise<{ items: MyRsvpItem[] }> {
  const db = await getDb();
  const rows = await db.rsvp.findMany({
    where: { userId: user.id, status: { in: ["GOING", "WAITLISTED"] } },
    orderBy: { action: { startsAt: "asc" } },
    take: 500,
    select: {
      id: true, status: true, guests: true, arrival: true,
      action: { select: { id: true, slug: true, title: true, startsAt: true, endsAt: true, timeZone: true, status: true } },
    },
  });
  const items: MyRsvpItem[] = [];
  for (const r of rows) {
    if (r.status === "CANCELLED") continue;
    items.push({
      id: r.id,
      status: r.status,
      guests: r.guests,
      position: r.status === "WAITLISTED" ? await waitlistPosition(db, r.action.id, r.arrival) : null,
      action: { ...r.action, startsAt: r.action.startsAt.toISOString(), endsAt: r.action.endsAt.toISOString() },
    });
  }
  return { items };
}
