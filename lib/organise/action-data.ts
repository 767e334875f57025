import { randomBytes } from "node:crypto";
import type { Prisma } from "../generated/prisma/client";
import { publicLocation } from "../geo/public-location";
import type { ActionFields } from "./action-schema";
import { sanitizeMarkdown } from "./markdown";
import { wallTimeToUtc } from "./zoned-time";
import { AppError } from "../errors";

/** Scalar columns of an action from validated form input; kind-specific fields of other kinds are cleared. */
export function actionScalars(v: ActionFields) {
  const startsAt = wallTimeToUtc(v.startsAt, v.timeZone);
  const endsAt = wallTimeToUtc(v.endsAt, v.timeZone);
  if (!startsAt || !endsAt) throw new AppError("VALIDATION", "Some fields are invalid", { startsAt: ["organise.errors.wallTime"] });
  const online = v.mode === "ONLINE";
  const drive = v.kind === "DONATION_DRIVE";
  return {
    kind: v.kind,
    statementId: v.statementId,
    title: v.title,
    description: sanitizeMarkdown(v.description),
    startsAt,
    endsAt,
    timeZone: v.timeZone,
    mode: v.mode,
    onlineUrl: online || v.mode === "HYBRID" ? v.onlineUrl : null,
    venue: online ? null : v.venue,
    address: online ? null : v.address,
    lat: online ? null : v.lat,
    lng: online ? null : v.lng,
    locationPrivacy: v.locationPrivacy,
    revealHoursBefore: v.locationPrivacy === "REVEAL_TO_ATTENDEES" ? (v.revealHoursBefore ?? 24) : null,
    capacity: v.kind === "RALLY" ? v.capacity : null,
    goalMinor: drive ? v.goalMinor : null,
    currency: drive ? v.currency : null,
    donationUrl: drive ? v.donationUrl : null,
    languages: v.languages,
    accessibilityNotes: v.accessibilityNotes,
    legalObserver: v.legalObserver,
    safetyHotline: v.safetyHotline,
    knowYourRightsUrl: v.knowYourRightsUrl,
    safetyNotes: v.safetyNotes,
    retentionDays: v.retentionDays,
    imagePath: v.imagePath,
  };
}

export type ActionScalars = ReturnType<typeof actionScalars>;

/** The public point for the stored one; a new random offset each time the place or privacy changes. */
export function publicPoint(s: { lat: number | null; lng: number | null; locationPrivacy: ActionScalars["locationPrivacy"] }) {
  if (s.lat === null || s.lng === null) return { publicLat: null, publicLng: null };
  const p = publicLocation({ lat: s.lat, lng: s.lng }, s.locationPrivacy);
  return { publicLat: p.lat, publicLng: p.lng };
}

/** Rows hanging off the action, recreated wholesale on save (they carry no history of their own). */
export function childRows(v: ActionFields) {
  return {
    needs: v.kind === "DONATION_DRIVE" ? v.needs.map(({ id: _id, ...n }, position) => ({ ...n, position })) : [],
    dropOffs: v.kind === "DONATION_DRIVE" ? v.dropOffs : [],
    targets: v.kind === "BOYCOTT" ? v.targets.map((t, position) => ({ ...t, position })) : [],
  };
}

export function actionSlug(title: string): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${base || "action"}-${randomBytes(3).toString("hex")}`;
}

/** What the audit log keeps of an action: no personal data, no exact location. */
export function auditView(a: {
  status?: string;
  title?: string;
  startsAt?: Date;
  endsAt?: Date;
  timeZone?: string;
  locationPrivacy?: string;
  capacity?: number | null;
  kind?: string;
}): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(a)) as Prisma.InputJsonValue;
}
