import type { RevealedLocation } from "./schema";

/** When an organiser leaves it empty, the place is revealed a day before. */
export const DEFAULT_REVEAL_HOURS = 24;

type RevealFields = {
  locationPrivacy: string;
  revealHoursBefore: number | null;
  startsAt: Date;
  venue: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
};

export function revealAt(a: Pick<RevealFields, "locationPrivacy" | "revealHoursBefore" | "startsAt">): Date | null {
  if (a.locationPrivacy !== "REVEAL_TO_ATTENDEES") return null;
  const hours = a.revealHoursBefore ?? DEFAULT_REVEAL_HOURS;
  return new Date(a.startsAt.getTime() - hours * 3_600_000);
}

/**
 * The exact place of a REVEAL_TO_ATTENDEES action, for a GOING attendee, from revealAt on.
 * Never earlier and never for the waitlist; other privacy modes return null (EXACT is public
 * anyway, APPROXIMATE never reveals).
 */
export function revealedPlace(a: RevealFields, status: string | null, now: Date): RevealedLocation | null {
  const at = revealAt(a);
  if (!at || status !== "GOING" || now.getTime() < at.getTime()) return null;
  return { venue: a.venue, address: a.address, lat: a.lat, lng: a.lng };
}

/** The place text for mails: exact actions show it, revealed ones once due, approximate never. */
export function placeForMail(a: RevealFields, status: string, now: Date): { where: string | null; exact: boolean; laterAt: Date | null } {
  const text = (x: { venue: string | null; address: string | null }) => [x.venue, x.address].filter(Boolean).join(", ") || null;
  if (a.locationPrivacy === "EXACT") return { where: text(a), exact: false, laterAt: null };
  if (a.locationPrivacy === "APPROXIMATE") return { where: null, exact: false, laterAt: null };
  const place = revealedPlace(a, status, now);
  if (place) return { where: text(place), exact: true, laterAt: null };
  return { where: null, exact: false, laterAt: status === "GOING" || status === "WAITLISTED" ? revealAt(a) : null };
}
