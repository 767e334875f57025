import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { APPROXIMATE_RADIUS_M } from "../geo/public-location";
import type { Locale } from "../i18n/locales";
import type { PublicActionDetail } from "./action-detail-dto";
import { statementTitle } from "./item-sql";
import { drivePledgeTotals } from "./pledge-totals";

const detailSelect = {
  id: true, slug: true, kind: true, status: true, title: true, description: true, imagePath: true,
  startsAt: true, endsAt: true, timeZone: true, mode: true, onlineUrl: true, venue: true, address: true,
  publicLat: true, publicLng: true, locationPrivacy: true, revealHoursBefore: true,
  capacity: true, goingCount: true, waitlistCount: true, languages: true, accessibilityNotes: true,
  legalObserver: true, safetyHotline: true, knowYourRightsUrl: true, safetyNotes: true,
  goalMinor: true, currency: true, donationUrl: true, cancelMessage: true, cancelledAt: true,
  publishedAt: true, compromisedAt: true, updatedAt: true,
  chapter: { select: { slug: true, name: true, city: true, countryCode: true } },
  statement: { select: { slug: true, sourceLocale: true, translations: { select: { locale: true, title: true } } } },
  needs: { select: { id: true, item: true, quantity: true, unit: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
  dropOffs: { select: { id: true, name: true, address: true, lat: true, lng: true, openingHours: true }, orderBy: { name: "asc" } },
  targets: {
    select: { id: true, name: true, kind: true, reason: true, sourceUrls: true, alternatives: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  },
  _count: { select: { commitments: true } },
} satisfies Prisma.ActionSelect;

/**
 * The public view of one action by id or slug. Drafts, pending and rejected actions do not exist
 * publicly (null → 404); cancelled ones stay visible with their cancel message.
 */
export async function getPublicAction(idOrSlug: string, locale: Locale): Promise<PublicActionDetail | null> {
  if (!idOrSlug || idOrSlug.length > 200) return null;
  const db = await getDb();
  const a = await db.action.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }], status: { in: ["PUBLISHED", "CANCELLED"] } },
    select: detailSelect,
  });
  if (!a) return null;
  const exact = a.locationPrivacy === "EXACT";
  const totals = a.kind === "DONATION_DRIVE" ? await drivePledgeTotals(a.id, a.currency) : null;
  return {
    id: a.id,
    slug: a.slug,
    kind: a.kind,
    status: a.status === "CANCELLED" ? "CANCELLED" : "PUBLISHED",
    title: a.title,
    description: a.description,
    imagePath: a.imagePath,
    startsAt: a.startsAt.toISOString(),
    endsAt: a.endsAt.toISOString(),
    timeZone: a.timeZone,
    mode: a.mode,
    // A hidden meeting point hides the call link too: both are for attendees only.
    onlineUrl: a.locationPrivacy === "REVEAL_TO_ATTENDEES" ? null : a.onlineUrl,
    locationPrivacy: a.locationPrivacy,
    revealHoursBefore: a.locationPrivacy === "REVEAL_TO_ATTENDEES" ? a.revealHoursBefore : null,
    lat: a.publicLat,
    lng: a.publicLng,
    areaRadiusM: exact || a.publicLat === null ? null : APPROXIMATE_RADIUS_M,
    venue: exact ? a.venue : null,
    address: exact ? a.address : null,
    languages: a.languages,
    accessibilityNotes: a.accessibilityNotes,
    safety: {
      legalObserver: a.legalObserver,
      safetyHotline: a.safetyHotline,
      knowYourRightsUrl: a.knowYourRightsUrl,
      safetyNotes: a.safetyNotes,
    },
    attendance: { capacity: a.capacity, going: a.goingCount, waitlisted: a.waitlistCount },
    drive: totals
      ? {
          goalMinor: a.goalMinor,
          currency: a.currency,
          pledgedMinor: totals.pledgedMinor,
          donationUrl: a.donationUrl,
          needs: a.needs.map((n) => ({ ...n, pledgedQuantity: totals.needs.get(n.id)?.pledged ?? 0, receivedQuantity: totals.needs.get(n.id)?.received ?? 0 })),
          dropOffs: a.dropOffs,
        }
      : null,
    boycott: a.kind === "BOYCOTT" ? { targets: a.targets, commitments: a._count.commitments } : null,
    statement: { slug: a.statement.slug, title: statementTitle(a.statement, locale) },
    chapter: a.chapter,
    cancelMessage: a.status === "CANCELLED" ? a.cancelMessage : null,
    cancelledAt: a.cancelledAt?.toISOString() ?? null,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    compromised: a.compromisedAt !== null,
    updatedAt: a.updatedAt.toISOString(),
  };
}
