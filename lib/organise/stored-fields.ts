import type { Prisma } from "../generated/prisma/client";
import type { ActionFields } from "./action-schema";
import { utcToWallTime } from "./zoned-time";

/** Every column the form edits, for loading an action back into it. */
export const formSelect = {
  kind: true,
  status: true,
  statementId: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  mode: true,
  onlineUrl: true,
  venue: true,
  address: true,
  lat: true,
  lng: true,
  publicLat: true,
  publicLng: true,
  locationPrivacy: true,
  revealHoursBefore: true,
  capacity: true,
  goingCount: true,
  goalMinor: true,
  currency: true,
  donationUrl: true,
  languages: true,
  accessibilityNotes: true,
  legalObserver: true,
  safetyHotline: true,
  knowYourRightsUrl: true,
  safetyNotes: true,
  retentionDays: true,
  imagePath: true,
  needs: { select: { id: true, item: true, quantity: true, unit: true }, orderBy: { position: "asc" } },
  dropOffs: { select: { name: true, address: true, lat: true, lng: true, openingHours: true }, orderBy: { id: "asc" } },
  targets: { select: { name: true, kind: true, reason: true, sourceUrls: true, alternatives: true }, orderBy: { position: "asc" } },
} satisfies Prisma.ActionSelect;

export type StoredAction = Prisma.ActionGetPayload<{ select: typeof formSelect }>;

/** The stored action as form input: instants become wall times in the action's own zone. */
export function storedToFields(a: StoredAction): ActionFields {
  return {
    kind: a.kind,
    statementId: a.statementId,
    title: a.title,
    description: a.description,
    startsAt: utcToWallTime(a.startsAt, a.timeZone),
    endsAt: utcToWallTime(a.endsAt, a.timeZone),
    timeZone: a.timeZone,
    mode: a.mode,
    onlineUrl: a.onlineUrl,
    venue: a.venue,
    address: a.address,
    lat: a.lat,
    lng: a.lng,
    locationPrivacy: a.locationPrivacy,
    revealHoursBefore: a.revealHoursBefore,
    capacity: a.capacity,
    goalMinor: a.goalMinor,
    currency: a.currency,
    donationUrl: a.donationUrl,
    needs: a.needs.map((n) => ({ id: n.id, item: n.item, quantity: n.quantity, unit: n.unit })),
    dropOffs: a.dropOffs,
    targets: a.targets,
    languages: a.languages,
    accessibilityNotes: a.accessibilityNotes,
    legalObserver: a.legalObserver,
    safetyHotline: a.safetyHotline,
    knowYourRightsUrl: a.knowYourRightsUrl,
    safetyNotes: a.safetyNotes,
    retentionDays: a.retentionDays,
    imagePath: a.imagePath,
  };
}
