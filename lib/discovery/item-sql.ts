import type { PublicActionItem } from "../actions/public-dto";
import { Prisma } from "../generated/prisma/client";
import type { Locale } from "../i18n/locales";
import { pickTranslation } from "../statements/pick-translation";

/**
 * Every public item field in one query. Only public columns: the true lat/lng are never selected.
 * Pledges and commitments are counted per row on their (actionId, …) indexes, so the cost follows
 * the page, not the size of those tables. PUBLISHED is checked again: a row may have been hidden
 * between the query that found the ids and this one. Enums are read as text so pg and Prisma
 * hand back the same plain strings.
 */
export function publicItemsSql(ids: string[]): Prisma.Sql {
  return Prisma.sql`SELECT a."id", a."slug", a."kind"::text AS "kind", a."title", a."startsAt", a."endsAt", a."timeZone",
      a."mode"::text AS "mode", a."publicLat", a."publicLng", a."locationPrivacy"::text AS "locationPrivacy",
      a."capacity", a."goingCount", a."waitlistCount",
      c."slug" AS "chapterSlug", c."name" AS "chapterName", s."slug" AS "statementSlug", s."sourceLocale",
      (SELECT coalesce(json_agg(json_build_object('locale', t."locale", 'title', t."title")), '[]'::json)
         FROM "StatementTranslation" t WHERE t."statementId" = s."id") AS "translations",
      (SELECT count(*) FROM "Pledge" p WHERE p."actionId" = a."id")::int AS "pledges",
      (SELECT count(*) FROM "BoycottCommitment" b WHERE b."actionId" = a."id")::int AS "commitments"
    FROM "Action" a JOIN "Chapter" c ON c."id" = a."chapterId" JOIN "Statement" s ON s."id" = a."statementId"
    WHERE a."id" = ANY(${ids}::text[]) AND a."status" = 'PUBLISHED'`;
}

export type PublicItemRow = {
  id: string;
  slug: string;
  kind: PublicActionItem["kind"];
  title: string;
  startsAt: Date | string;
  endsAt: Date | string;
  timeZone: string;
  mode: PublicActionItem["mode"];
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
  /** json: parsed by pg and by Prisma alike; a string only if a driver leaves it as text. */
  translations: { locale: string; title: string }[] | string;
  pledges: number;
  commitments: number;
};

type StatementTitles = { slug: string; sourceLocale: string; translations: { locale: string; title: string }[] };

export function statementTitle(statement: StatementTitles, locale: Locale): string {
  return pickTranslation(statement.translations, locale, statement.sourceLocale)?.translation.title ?? statement.slug;
}

const iso = (value: Date | string) => (value instanceof Date ? value : new Date(`${value}Z`)).toISOString();
const num = (value: number | null) => (value === null ? null : Number(value));

export function toPublicItem(row: PublicItemRow, locale: Locale): PublicActionItem {
  const translations = typeof row.translations === "string" ? (JSON.parse(row.translations) as StatementTitles["translations"]) : row.translations;
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    startsAt: iso(row.startsAt),
    endsAt: iso(row.endsAt),
    timeZone: row.timeZone,
    mode: row.mode,
    lat: num(row.publicLat),
    lng: num(row.publicLng),
    locationPrivacy: row.locationPrivacy,
    chapter: { slug: row.chapterSlug, name: row.chapterName },
    statement: { slug: row.statementSlug, title: statementTitle({ slug: row.statementSlug, sourceLocale: row.sourceLocale, translations }, locale) },
    counts: {
      going: Number(row.goingCount),
      waitlisted: Number(row.waitlistCount),
      capacity: num(row.capacity),
      pledges: Number(row.pledges),
      commitments: Number(row.commitments),
    },
  };
}

/** Rows in any order → items in the order of `ids` (the order the finding query chose). */
export function itemsInOrder(ids: string[], rows: PublicItemRow[], locale: Locale): PublicActionItem[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toPublicItem(row, locale)] : [];
  });
}
