import { createHash } from "node:crypto";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { ActionKind, ActionMode, ActionStatus, LocationPrivacy } from "../../lib/generated/prisma/enums";
import { publicLocation } from "../../lib/geo/public-location";
import { accessibilityNotes, boycottCopy, boycottTargets, driveCopy, rallyCopy, safetyNotes, type TargetSpec } from "./action-content";
import { type Plan, plan, type Role, schedule, SUNDAY_ONLY, variantOf } from "./action-plan";
import type { SeedChapter } from "./chapters";
import { organiserByChapterSlug } from "./users";
import { addMs, DAY_MS, HOUR_MS, jitter, type LatLng, Rng, slugify } from "./util";

export type SeedNeed = { id: string; item: string; quantity: number; unit: string };

export type SeedAction = {
  id: string;
  kind: ActionKind;
  status: ActionStatus;
  chapter: SeedChapter;
  capacity: number | null;
  /** Filled to exactly its capacity, with a waitlist. */
  full: boolean;
  startsAt: Date;
  endsAt: Date;
  publishedAt: Date | null;
  personalDataPurged: boolean;
  goalMinor: number | null;
  needs: SeedNeed[];
  row: Prisma.ActionCreateManyInput;
  dropOffs: Prisma.DropOffPointCreateManyInput[];
  targets: Prisma.BoycottTargetCreateManyInput[];
};

function modeFor(p: Plan): ActionMode {
  if (p.role === "FULL") return "IN_PERSON";
  if (p.kind === "RALLY") return p.g % 11 === 9 ? "ONLINE" : p.g % 7 === 5 ? "HYBRID" : "IN_PERSON";
  if (p.kind === "DONATION_DRIVE") return p.g % 9 === 4 ? "HYBRID" : "IN_PERSON";
  return p.g % 3 === 0 ? "ONLINE" : "IN_PERSON";
}

function privacyFor(p: Plan, located: boolean): LocationPrivacy {
  if (!located) return "EXACT";
  const h = p.g % 13;
  return h === 2 || h === 6 ? "APPROXIMATE" : h === 10 ? "REVEAL_TO_ATTENDEES" : "EXACT";
}

const STATUS_BY_ROLE: Readonly<Record<Role, ActionStatus>> = {
  FULL: "PUBLISHED", PENDING: "PENDING_REVIEW", DRAFT: "DRAFT", REJECTED: "REJECTED", CANCELLED: "CANCELLED",
};

const driveVenues = ["Migrant Workers' Resource Centre", "Community Hall", "Solidarity Kitchen", "Union Hall"];
const openingHours = ["Mon–Fri 18:00–21:00, Sat 10:00–16:00", "Daily 10:00–19:00", "Tue and Thu 17:00–20:00, Sat 11:00–15:00"];

function build(p: Plan, anchor: Date, statementId: string): SeedAction {
  const { chapter } = p;
  const id = `seed-action-${String(p.g + 1).padStart(3, "0")}`;
  const rng = new Rng(id);
  const mode = modeFor(p);
  const district = chapter.districts[(p.n * 2 + p.g) % chapter.districts.length];
  if (!district) throw new Error(`${chapter.slug} has no districts`);
  let point: LatLng | null = null;
  let venue: string | null = null;
  let address: string | null = null;
  if (mode !== "ONLINE") {
    if (p.kind === "RALLY") {
      const place = chapter.places[p.n % chapter.places.length];
      if (!place) throw new Error(`${chapter.slug} has no places`);
      point = jitter(place, rng, 0.15);
      venue = place.name;
      address = `${place.address}, ${chapter.city}`;
    } else {
      point = jitter(district, rng, 0.3);
      venue = p.kind === "BOYCOTT" ? `Information stall, ${district.name}` : `${rng.pick(driveVenues)}, ${district.name}`;
      address = `${district.name}, ${chapter.city}`;
    }
  }
  const ctx = { chapter, venue: p.kind === "RALLY" ? venue : null, district: district.name, rng };
  const variant = variantOf(p);
  let targets: TargetSpec[] = [];
  let copy: { title: string; description: string };
  let needSpecs: { item: string; quantity: number; unit: string }[] = [];
  if (p.kind === "RALLY") {
    copy = rallyCopy(ctx, variant, mode === "ONLINE");
  } else if (p.kind === "DONATION_DRIVE") {
    const drive = driveCopy(ctx, variant);
    copy = drive;
    needSpecs = drive.needs;
  } else {
    const first = boycottTargets[(p.g * 7) % boycottTargets.length] as TargetSpec;
    targets = [first, ...rng.sample(boycottTargets.filter((t) => t !== first), rng.int(0, 2))];
    copy = boycottCopy(ctx, targets, variant);
  }
  const slug = `${slugify(copy.title)}-${createHash("sha256").update(id).digest("hex").slice(0, 4)}`;
  const privacy = privacyFor(p, point !== null);
  const shown = point ? publicLocation(point, privacy, slug) : null;
  const { startsAt, endsAt } = schedule(p, mode, anchor, rng);
  const status = p.role ? STATUS_BY_ROLE[p.role] : "PUBLISHED";
  const live = status === "PUBLISHED" || status === "CANCELLED";
  const publishedAt = !live
    ? null
    : startsAt < anchor
      ? addMs(startsAt, -rng.int(7, 21) * DAY_MS - rng.int(0, 23) * HOUR_MS)
      : addMs(anchor, -rng.int(2, 20) * DAY_MS + rng.int(0, 23) * HOUR_MS);
  const createdAt = addMs(publishedAt ?? addMs(anchor, -rng.int(1, 5) * DAY_MS), -rng.int(1, 48) * HOUR_MS);
  const purgeAt = addMs(endsAt, 30 * DAY_MS);
  const personalDataPurged = live && purgeAt < anchor;
  const inPerson = mode !== "ONLINE";
  const isRally = p.kind === "RALLY";
  const capacity = !isRally || !inPerson ? null
    : p.role === "FULL" ? rng.pick([30, 40, 50])
    : p.n % 2 === 0 ? rng.pick([30, 50, 60, 80, 100, 150, 200, 250, 300]) : null;
  const withSafety = isRally && inPerson && p.g % 5 !== 3;
  let goalMinor: number | null = null;
  if (p.kind === "DONATION_DRIVE") {
    goalMinor = Math.round(chapter.typicalGoal * rng.pick([0.5, 0.75, 1, 1.5])) * 10 ** chapter.currencyExponent;
    // The column is a 32-bit integer.
    if (goalMinor > 2_000_000_000) throw new Error(`Goal too large for ${id}`);
  }
  const rest = chapter.languages.slice(1);
  const languages = [chapter.languages[0] as string, ...rng.sample(rest, rng.int(0, Math.min(2, rest.length)))];

  const row: Prisma.ActionCreateManyInput = {
    id, slug, kind: p.kind, status, statementId, chapterId: chapter.id,
    createdById: organiserByChapterSlug[chapter.slug] ?? null,
    title: copy.title, description: copy.description,
    startsAt, endsAt, timeZone: chapter.timeZone, mode,
    onlineUrl: mode === "IN_PERSON" ? null : `https://meet.example.org/ima-${chapter.slug}/${slug}`,
    venue, address, lat: point?.lat ?? null, lng: point?.lng ?? null,
    publicLat: shown?.lat ?? null, publicLng: shown?.lng ?? null,
    locationPrivacy: privacy, revealHoursBefore: privacy === "REVEAL_TO_ATTENDEES" ? 24 : null,
    capacity, languages,
    accessibilityNotes: inPerson && (isRally || rng.chance(0.5)) ? rng.pick(accessibilityNotes) : null,
    legalObserver: withSafety ? `Volunteer legal observers from the ${chapter.city} legal support team, wearing green hats` : null,
    safetyHotline: withSafety ? chapter.hotline : null,
    knowYourRightsUrl: withSafety ? `https://ima.example.org/know-your-rights/${chapter.countryCode.toLowerCase()}` : null,
    safetyNotes: withSafety ? rng.pick(safetyNotes) : null,
    retentionDays: 30,
    goalMinor, currency: goalMinor === null ? null : chapter.currency,
    donationUrl: goalMinor === null ? null : `https://donate.example.org/ima-${chapter.slug}/${slug}`,
    rejectionReason: status === "REJECTED"
      ? "This duplicates the chapter's existing rally on the same day. Please add these details to that action instead."
      : null,
    cancelMessage: status === "CANCELLED"
      ? "The venue withdrew its permission at short notice. We are sorry: a new date will be announced soon, and everyone who RSVP'd will hear first."
      : null,
    publishedAt,
    cancelledAt: status === "CANCELLED" ? addMs(anchor, -DAY_MS + 9 * HOUR_MS) : null,
    reminderSentAt: live && startsAt < anchor && inPerson ? addMs(startsAt, -DAY_MS) : null,
    personalDataPurgedAt: personalDataPurged ? purgeAt : null,
    createdAt,
  };

  const needs = needSpecs.map((n, k) => ({ id: `${id}-need-${k + 1}`, ...n }));
  const dropOffCount = p.kind === "DONATION_DRIVE" ? rng.int(1, 3) : 0;
  const dropOffs: Prisma.DropOffPointCreateManyInput[] = [];
  for (let k = 0; k < dropOffCount; k++) {
    const d = chapter.districts[(p.g + k * 3) % chapter.districts.length] ?? district;
    // Drop-off points are public, so one may share the action's spot only when that is public too.
    const atVenue = k === 0 && point !== null && privacy === "EXACT";
    const spot = atVenue && point ? point : jitter(d, rng, 0.3);
    dropOffs.push({
      id: `${id}-dropoff-${k + 1}`, actionId: id,
      name: atVenue && venue ? venue : `${rng.pick(driveVenues)}, ${d.name}`,
      address: atVenue && address ? address : `${d.name}, ${chapter.city}`,
      lat: spot.lat, lng: spot.lng,
      openingHours: SUNDAY_ONLY.has(chapter.slug) ? "Sun 10:00–17:00" : rng.pick(openingHours),
    });
  }
  const targetRows = targets.map((t, k): Prisma.BoycottTargetCreateManyInput => ({
    id: `${id}-target-${k + 1}`, actionId: id, name: t.name, kind: t.kind, reason: t.reason, position: k,
    sourceUrls: [`https://example.org/sources/${t.slug}`, `https://example.org/sources/${t.slug}-investigation`].slice(0, 1 + (k % 2)),
    alternatives: t.alternatives,
  }));

  return {
    id, kind: p.kind, status, chapter, capacity, full: p.role === "FULL", startsAt, endsAt, publishedAt,
    personalDataPurged, goalMinor, needs, row, dropOffs, targets: targetRows,
  };
}

export function buildActions(anchor: Date, statementId: string): SeedAction[] {
  const actions = plan().map((p) => build(p, anchor, statementId));
  const slugs = new Set(actions.map((a) => a.row.slug));
  if (slugs.size !== actions.length) throw new Error("Seed action slugs are not unique");
  return actions;
}

export function needRows(actions: readonly SeedAction[]): Prisma.ActionNeedCreateManyInput[] {
  return actions.flatMap((a) => a.needs.map((n, position) => ({ ...n, actionId: a.id, position })));
}
