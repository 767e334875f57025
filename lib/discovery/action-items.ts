import type { PublicActionItem } from "../actions/public-dto";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { Locale } from "../i18n/locales";
import { pickTranslation } from "../statements/pick-translation";

/** Only public columns; the true lat/lng are never selected here. */
const itemSelect = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  mode: true,
  publicLat: true,
  publicLng: true,
  locationPrivacy: true,
  capacity: true,
  goingCount: true,
  waitlistCount: true,
  chapter: { select: { slug: true, name: true } },
  statement: { select: { slug: true, sourceLocale: true, translations: { select: { locale: true, title: true } } } },
  _count: { select: { pledges: true, commitments: true } },
} satisfies Prisma.ActionSelect;

type ItemRow = {
  id: string;
  slug: string;
  kind: PublicActionItem["kind"];
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  mode: PublicActionItem["mode"];
  publicLat: number | null;
  publicLng: number | null;
  locationPrivacy: PublicActionItem["locationPrivacy"];
  capacity: number | null;
  goingCount: number;
  waitlistCount: number;
  chapter: { slug: string; name: string };
  statement: { slug: string; sourceLocale: string; translations: { locale: string; title: string }[] };
  _count: { pledges: number; commitments: number };
};

export function statementTitle(statement: ItemRow["statement"], locale: Locale): string {
  return pickTranslation(statement.translations, locale, statement.sourceLocale)?.translation.title ?? statement.slug;
}

export function toPublicItem(row: ItemRow, locale: Locale): PublicActionItem {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    timeZone: row.timeZone,
    mode: row.mode,
    lat: row.publicLat,
    lng: row.publicLng,
    locationPrivacy: row.locationPrivacy,
    chapter: { slug: row.chapter.slug, name: row.chapter.name },
    statement: { slug: row.statement.slug, title: statementTitle(row.statement, locale) },
    counts: {
      going: row.goingCount,
      waitlisted: row.waitlistCount,
      capacity: row.capacity,
      pledges: row._count.pledges,
      commitments: row._count.commitments,
    },
  };
}

/** Loads public items for ids found by a spatial/keyset query, keeping that query's order. */
export async function loadPublicItems(ids: string[], locale: Locale): Promise<PublicActionItem[]> {
  if (ids.length === 0) return [];
  const db = await getDb();
  // Re-check PUBLISHED: a row may have been hidden between the id query and this one.
  const rows: ItemRow[] = await db.action.findMany({ where: { id: { in: ids }, status: "PUBLISHED" }, select: itemSelect });
  const byId = new Map(rows.map((r) => [r.id, toPublicItem(r, locale)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export { itemSelect as publicItemSelect };
