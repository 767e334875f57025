import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { Locale } from "../i18n/locales";
import type { IcsEvent } from "./ics";

const FEED_LIMIT = 500;
/** Subscribers keep seeing an action (and its cancellation) for a month after it ended. */
const KEEP_PAST_MS = 30 * 86_400_000;

export const feedActionSelect = {
  id: true, slug: true, kind: true, status: true, title: true, description: true, startsAt: true, endsAt: true,
  timeZone: true, locationPrivacy: true, venue: true, address: true, publicLat: true, publicLng: true,
  onlineUrl: true, cancelMessage: true, updatedAt: true, publishedAt: true, languages: true,
  chapter: { select: { name: true, city: true, countryCode: true } },
} satisfies Prisma.ActionSelect;

export type FeedAction = Prisma.ActionGetPayload<{ select: typeof feedActionSelect }>;

export function actionUrl(base: string, locale: Locale, slug: string): string {
  return `${base}/${locale}/actions/${encodeURIComponent(slug)}`;
}

/** Public calendar entry: the address and the point only for EXACT locations, the area otherwise. */
export function toIcsEvent(a: FeedAction, base: string, locale: Locale): IcsEvent {
  const exact = a.locationPrivacy === "EXACT";
  const area = [a.chapter.city, a.chapter.countryCode.trim()].filter(Boolean).join(", ");
  const place = exact ? [a.venue, a.address].filter(Boolean).join(", ") : "";
  const url = actionUrl(base, locale, a.slug);
  const onlineUrl = a.locationPrivacy === "REVEAL_TO_ATTENDEES" ? null : a.onlineUrl;
  const cancelled = a.status === "CANCELLED";
  return {
    id: a.id,
    title: a.title,
    description: [cancelled ? a.cancelMessage : null, a.description, onlineUrl, url].filter(Boolean).join("\n\n"),
    url,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    timeZone: a.timeZone,
    cancelled,
    location: place || (a.publicLat !== null ? area : onlineUrl),
    geo: exact && a.publicLat !== null && a.publicLng !== null ? { lat: a.publicLat, lng: a.publicLng } : null,
    kind: a.kind,
    updatedAt: a.updatedAt,
  };
}

/** Published and cancelled actions of one chapter or statement, recent and upcoming, for a calendar feed. */
export async function feedActions(where: { chapterId?: string; statementId?: string }, now = new Date()): Promise<FeedAction[]> {
  const db = await getDb();
  return db.action.findMany({
    where: { ...where, status: { in: ["PUBLISHED", "CANCELLED"] }, endsAt: { gte: new Date(now.getTime() - KEEP_PAST_MS) } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: FEED_LIMIT,
    select: feedActionSelect,
  });
}

/** The newest published actions for the Atom feed. */
export async function newlyPublishedActions(limit = 50): Promise<FeedAction[]> {
  const db = await getDb();
  return db.action.findMany({
    where: { status: "PUBLISHED", publishedAt: { not: null } },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: feedActionSelect,
  });
}
