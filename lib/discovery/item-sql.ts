import type { PublicActionItem } from "../actions/public-dto";
import { Prisma } from "../generated/prisma/client";
import type { Locale } from "../i18n/locales";
import { pickTranslation } from "../statements/pick-translation";

/** Timestamps are UTC: written out exactly as Date.toISOString would, with no Date per value in Node. */
const ISO_UTC = Prisma.raw(`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`);

/**
 * Every public item field, one JSON object per action: drivers then decode one value
 * per row instead of twenty (through Prisma, about 40% less CPU for a 100-item page). Only public
 * columns: the true lat/lng are never selected. Pledges and commitments are counted per row on
 * their (actionId, …) indexes, so the cost follows the page, not the size of those tables.
 * PUBLISHED is checked again: a row may have been hidden between the query that found the ids
 * and this one. JSON keeps float8 exact (shortest round-trip digits).
 */
export const PUBLIC_ITEM_JSON = Prisma.sql`json_build_object('id', a."id", 'slug', a."slug", 'kind', a."kind", 'title', a."title",
  'startsAt', to_char(a."startsAt", ${ISO_UTC}), 'endsAt', to_char(a."endsAt", ${ISO_UTC}), 'timeZone', a."timeZone", 'mode', a."mode", 'languages', coalesce(a."languages", '{}'),
  'publicLat', a."publicLat", 'publicLng', a."publicLng", 'locationPrivacy', a."locationPrivacy",
  'capacity', a."capacity", 'goingCount', a."goingCount", 'waitlistCount', a."waitlistCount",
  'chapterSlug', c."slug", 'chapterName', c."name", 'statementSlug', s."slug", 'sourceLocale', s."sourceLocale",
  'translations', (SELECT coalesce(json_agg(json_build_object('locale', t."locale", 'title', t."title")), '[]'::json)
     FROM "StatementTranslation" t WHERE t."statementId" = s."id"),
  'pledges', (SELECT count(*) FROM "Pledge" p WHERE p."actionId" = a."id"),
  'commitments', (SELECT count(*) FROM "BoycottCommitment" b WHERE b."actionId" = a."id"))`;

/** The joins PUBLIC_ITEM_JSON reads from, after an "Action" a. */
export const PUBLIC_ITEM_JOINS = Prisma.sql`JOIN "Chapter" c ON c."id" = a."chapterId" JOIN "Statement" s ON s."id" = a."statementId"`;

export function publicItemsSql(ids: string[]): Prisma.Sql {
  return Prisma.sql`SELECT ${PUBLIC_ITEM_JSON} AS "item" FROM "Action" a ${PUBLIC_ITEM_JOINS}
    WHERE a."id" = ANY(${ids}::text[]) AND a."status" = 'PUBLISHED'`;
}

/** What `publicItemsSql` returns per row: the item, parsed by pg and Prisma alike (text if a driver leaves JSON as text). */
export type PublicItemSqlRow = { item: PublicItemRow | string };

export type PublicItemRow = {
  id: string;
  slug: string;
  kind: PublicActionItem["kind"];
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  mode: PublicActionItem["mode"];
  languages: string[];
  publicLat: number | null;
  publicLng: number | null;
  locationPrivacy: PublicActionItem["locationPrivacy"];
  capacity: number | null;
  goingCount: number;
  waitlistCount: number;
  chapterSlug: string;
  chapterName: string;
  statementSlug: string;
  sourceLocale: string;
  translations: { locale: string; title: string }[];
  pledges: number;
  commitments: number;
};

type StatementTitles = { slug: string; sourceLocale: string; translations: { locale: string; title: string }[] };

export function statementTitle(statement: StatementTitles, locale: Locale): string {
  return pickTranslation(statement.translations, locale, statement.sourceLocale)?.translation.title ?? statement.slug;
}

const num = (value: number | null) => (value === null ? null : Number(value));

export function toPublicItem(row: PublicItemRow, locale: Locale): PublicActionItem {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    mode: row.mode,
    languages: row.languages,
    lat: num(row.publicLat),
    lng: num(row.publicLng),
    locationPrivacy: row.locationPrivacy,
    chapter: { slug: row.chapterSlug, name: row.chapterName },
    statement: { slug: row.statementSlug, title: statementTitle({ slug: row.statementSlug, sourceLocale: row.sourceLocale, translations: row.translations }, locale) },
    counts: {
      going: Number(row.goingCount),
      waitlisted: Number(row.waitlistCount),
      capacity: num(row.capacity),
      pledges: Number(row.pledges),
      commitments: Number(row.commitments),
    },
  };
}

const parse = (item: PublicItemRow | string): PublicItemRow => (typeof item === "string" ? (JSON.parse(item) as PublicItemRow) : item);

/** Rows already in order → items. */
export function itemsOf(rows: PublicItemSqlRow[], locale: Locale): PublicActionItem[] {
  return rows.map((r) => toPublicItem(parse(r.item), locale));
}

/** Rows in any order → items in the order of `ids` (the order the finding query chose). */
export function itemsInOrder(ids: string[], rows: PublicItemSqlRow[], locale: Locale): PublicActionItem[] {
  const byId = new Map<string, PublicItemRow>();
  for (const { item } of rows) {
    const row = parse(item);
    byId.set(row.id, row);
  }
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toPublicItem(row, locale)] : [];
  });
}
