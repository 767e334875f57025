import type { ParticipationActionProps } from "@/components/rsvps/types";
import type { PublicActionDetail } from "@/lib/discovery";

/** The participation panel's contract, filled from the public action (no personal data in either). */
export function participationProps(a: PublicActionDetail): ParticipationActionProps {
  return {
    id: a.id,
    slug: a.slug,
    kind: a.kind,
    mode: a.mode,
    status: a.status,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    timeZone: a.timeZone,
    locationPrivacy: a.locationPrivacy,
    revealHoursBefore: a.revealHoursBefore,
    capacity: a.attendance.capacity,
    going: a.attendance.going,
    waitlisted: a.attendance.waitlisted,
    commitments: a.boycott?.commitments ?? 0,
    currency: a.drive?.currency ?? null,
    goalMinor: a.drive?.goalMinor ?? null,
    pledgedMinor: a.drive?.pledgedMinor ?? 0,
    donationUrl: a.drive?.donationUrl ?? null,
    needs: (a.drive?.needs ?? []).map((n) => ({
      id: n.id,
      item: n.item,
      quantity: n.quantity,
      unit: n.unit,
      pledged: n.pledgedQuantity,
      received: n.receivedQuantity,
    })),
  };
}
