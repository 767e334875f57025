/** What the action page hands to the participation panel (RSVP, pledge, commitment). Public data only. */
export type ParticipationActionProps = {
  id: string;
  slug: string;
  kind: "RALLY" | "DONATION_DRIVE" | "BOYCOTT";
  mode: "IN_PERSON" | "ONLINE" | "HYBRID";
  status: "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "REJECTED" | "CANCELLED";
  startsAt: string;
  endsAt: string;
  timeZone: string;
  locationPrivacy: "EXACT" | "APPROXIMATE" | "REVEAL_TO_ATTENDEES";
  revealHoursBefore: number | null;
  capacity: number | null;
  going: number;
  waitlisted: number;
  commitments: number;
  currency: string | null;
  goalMinor: number | null;
  pledgedMinor: number;
  donationUrl: string | null;
  needs: { id: string; item: string; quantity: number; unit: string | null; pledged: number; received: number }[];
};
