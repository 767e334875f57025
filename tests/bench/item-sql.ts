import type pg from "pg";
import type { PublicActionItem } from "@/lib/actions/public-dto";
import { toPublicItem } from "@/lib/discovery/action-items";
import type { Locale } from "@/lib/i18n/locales";

/**
 * What `loadPublicItems` asks Prisma for (lib/discovery/action-items.ts: the public columns, the
 * chapter, the statement with its translated titles, pledge and commitment counts), written as
 * one plain SQL query; the rows go through the app's own `toPublicItem`, so the JSON is identical.
 */
const ITEMS_SQL = `
  SELECT a."id", a."slug", a."kind", a."title", a."startsAt", a."endsAt", a."timeZone", a."mode", a."publicLat", a."publicLng",
    a."locationPrivacy", a."capacity", a."goingCount", a."waitlistCount",
    c."slug" AS "chapterSlug", c."name" AS "chapterName", s."slug" AS "statementSlug", s."sourceLocale",
    (SELECT coalesce(json_agg(json_build_object('locale', t."locale", 'title', t."title")), '[]')
       FROM "StatementTranslation" t WHERE t."statementId" = s."id") AS "translations",
    (SELECT count(*) FROM "Pledge" p WHERE p."actionId" = a."id")::int AS "pledges",
    (SELECT count(*) FROM "BoycottCommitment" b WHERE b."actionId" = a."id")::int AS "commitments"
  FROM "Action" a JOIN "Chapter" c ON c."id" = a."chapterId" JOIN "Statement" s ON s."id" = a."statementId"
  WHERE a."id" = ANY($1::text[]) AND a."status" = 'PUBLISHED'`;

type Row = {
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
  chapterSlug: string;
  chapterName: string;
  statementSlug: string;
  sourceLocale: string;
  translations: { locale: string; title: string }[];
  pledges: number;
  commitments: number;
};

export async function loadItemsFloor(pool: pg.Pool, ids: string[], locale: Locale): Promise<PublicActionItem[]> {
  if (!ids.length) return [];
  const { rows } = await pool.query<Row>(ITEMS_SQL, [ids]);
  const byId = new Map(
    rows.map((r) => [
      r.id,
      toPublicItem(
        {
          ...r,
          chapter: { slug: r.chapterSlug, name: r.chapterName },
          statement: { slug: r.statementSlug, sourceLocale: r.sourceLocale, translations: r.translations },
          _count: { pledges: r.pledges, commitments: r.commitments },
        },
        locale,
      ),
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
