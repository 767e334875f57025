import type { Prisma } from "../generated/prisma/client";

/** Everything a moderator reads before deciding; admins may see the true location and contacts. */
export const reviewItemSelect = {
  id: true,
  slug: true,
  kind: true,
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
  capacity: true,
  languages: true,
  accessibilityNotes: true,
  legalObserver: true,
  safetyHotline: true,
  knowYourRightsUrl: true,
  safetyNotes: true,
  goalMinor: true,
  currency: true,
  donationUrl: true,
  reviewNote: true,
  chapterId: true,
  updatedAt: true,
  chapter: { select: { slug: true, name: true, city: true, countryCode: true, verified: true, trusted: true } },
  statement: { select: { slug: true, status: true, translations: { select: { locale: true, title: true } } } },
  createdBy: { select: { id: true, name: true, email: true, createdAt: true } },
  needs: { select: { item: true, quantity: true, unit: true }, orderBy: { position: "asc" } },
  targets: { select: { name: true, kind: true, reason: true }, orderBy: { position: "asc" } },
} satisfies Prisma.ActionSelect;

type Row = Prisma.ActionGetPayload<{ select: typeof reviewItemSelect }>;

export function toReviewItem(row: Row) {
  const statementTitle = row.statement.translations.find((t) => t.locale === "en")?.title ?? row.statement.translations[0]?.title ?? row.statement.slug;
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    description: row.description,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    timeZone: row.timeZone,
    mode: row.mode,
    onlineUrl: row.onlineUrl,
    venue: row.venue,
    address: row.address,
    // The point the public sees and, for the admins who alone read this queue, the true one.
    place: row.publicLat !== null && row.publicLng !== null ? { publicLat: row.publicLat, publicLng: row.publicLng, lat: row.lat, lng: row.lng } : null,
    locationPrivacy: row.locationPrivacy,
    capacity: row.capacity,
    languages: row.languages,
    accessibilityNotes: row.accessibilityNotes,
    legalObserver: row.legalObserver,
    safetyHotline: row.safetyHotline,
    knowYourRightsUrl: row.knowYourRightsUrl,
    safetyNotes: row.safetyNotes,
    goalMinor: row.goalMinor,
    currency: row.currency,
    donationUrl: row.donationUrl,
    reviewNote: row.reviewNote,
    submittedAt: row.updatedAt.toISOString(),
    chapter: { id: row.chapterId, ...row.chapter },
    statement: { slug: row.statement.slug, title: statementTitle, published: row.statement.status === "PUBLISHED" },
    organiser: row.createdBy ? { id: row.createdBy.id, name: row.createdBy.name, email: row.createdBy.email } : null,
    needs: row.needs,
    targets: row.targets,
  };
}

export type ReviewItem = ReturnType<typeof toReviewItem>;
