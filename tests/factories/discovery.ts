import { getDb } from "@/lib/db";
import { publicLocation } from "@/lib/geo/public-location";
import { createChapter, createStatement, uid } from "./index";

/** A small deterministic PRNG so failures reproduce (mulberry32). */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = "RALLY" | "DONATION_DRIVE" | "BOYCOTT";
type Status = "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "REJECTED" | "CANCELLED";
type Privacy = "EXACT" | "APPROXIMATE" | "REVEAL_TO_ATTENDEES";

export type RandomAction = { id: string; status: Status; lat: number; lng: number; publicLat: number; publicLng: number; startsAt: Date; endsAt: Date };

/**
 * Many actions at random points (some unpublished, some past) in one createMany; returns what
 * was written so tests can brute-force the expected answer.
 */
export async function createRandomActions(count: number, seed: number, area = { west: -180, south: -80, east: 180, north: 80 }) {
  const db = await getDb();
  const chapter = await createChapter();
  const statement = await createStatement();
  const next = rng(seed);
  const statuses: Status[] = ["PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "DRAFT", "PENDING_REVIEW", "REJECTED", "CANCELLED"];
  const privacies: Privacy[] = ["EXACT", "EXACT", "APPROXIMATE", "REVEAL_TO_ATTENDEES"];
  const kinds: Kind[] = ["RALLY", "DONATION_DRIVE", "BOYCOTT"];
  const rows: RandomAction[] = [];
  const data = Array.from({ length: count }, (_, i) => {
    const lat = +(area.south + next() * (area.north - area.south)).toFixed(5);
    const lng = +(area.west + next() * (area.east - area.west)).toFixed(5);
    const privacy = privacies[Math.floor(next() * privacies.length)];
    const pub = publicLocation({ lat, lng }, privacy, `${seed}-${i}`);
    // Mostly future, some already over (ended one to ten days ago).
    const startsAt = new Date(Date.now() + (next() < 0.85 ? 1 : -10) * Math.floor(next() * 30 * 86_400_000) + 3_600_000);
    const endsAt = new Date(startsAt.getTime() + 2 * 3_600_000);
    const id = `rnd${seed}x${i}x${uid()}`;
    const status = statuses[Math.floor(next() * statuses.length)];
    rows.push({ id, status, lat, lng, publicLat: pub.lat, publicLng: pub.lng, startsAt, endsAt });
    return {
      id, slug: id, kind: kinds[i % 3], status, title: `Random ${i}`, timeZone: "UTC", startsAt, endsAt,
      lat, lng, publicLat: pub.lat, publicLng: pub.lng, locationPrivacy: privacy,
      chapterId: chapter.id, statementId: statement.id, publishedAt: status === "PUBLISHED" ? new Date() : null,
    };
  });
  await db.action.createMany({ data });
  return { chapter, statement, rows };
}

type Area = { west: number; south: number; east: number; north: number };

/**
 * Bulk PUBLISHED rows straight in SQL (50,000 in seconds), spread over `area` on a deterministic
 * scatter, starting within the next 60 days; then ANALYZE so the planner knows the table.
 */
export async function bulkInsertActionsSql(count: number, chapterId: string, statementId: string, area: Area = { west: -180, south: -80, east: 180, north: 80 }, prefix = "bulk") {
  const db = await getDb();
  const n = Math.floor(count);
  const { west, south } = area;
  const dLat = area.north - area.south;
  const dLng = area.east - area.west;
  await db.$executeRawUnsafe(`
    INSERT INTO "Action" ("id", "slug", "kind", "status", "statementId", "chapterId", "title", "startsAt", "endsAt",
      "timeZone", "lat", "lng", "publicLat", "publicLng", "languages", "updatedAt", "publishedAt")
    SELECT '${prefix}-' || g, '${prefix}-' || g, 'RALLY', 'PUBLISHED', $1, $2, 'Bulk ' || g,
      now() + (g % 60) * interval '1 day', now() + (g % 60) * interval '1 day' + interval '2 hours',
      'UTC', p.lat, p.lng, p.lat, p.lng, ARRAY['en'], now(), now()
    FROM generate_series(1, ${n}) AS g,
      LATERAL (SELECT ${south} + ((g::bigint * 7919) % 10007) / 10007.0 * ${dLat} AS lat,
                      ${west} + ((g::bigint * 104729) % 10009) / 10009.0 * ${dLng} AS lng) AS p`, statementId, chapterId);
  await db.$executeRawUnsafe(`ANALYZE "Action"`);
}
