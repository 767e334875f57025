import { getDb } from "../db";
import type { Locale } from "../i18n/locales";
import { pickTranslation } from "../statements/pick-translation";

export type UpcomingActionDto = {
  id: string;
  slug: string;
  kind: "RALLY" | "DONATION_DRIVE" | "BOYCOTT";
  mode: "IN_PERSON" | "ONLINE" | "HYBRID";
  title: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  chapter: { slug: string; name: string; city: string };
  statement: { slug: string; title: string };
  going: number;
};

/** Published actions that have not ended yet, soonest first. Public fields only. */
export async function listUpcomingActions(locale: Locale, limit = 50, now = new Date()): Promise<UpcomingActionDto[]> {
  const db = await getDb();
  const rows = await db.action.findMany({
    where: { status: "PUBLISHED", endsAt: { gte: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      slug: true,
      kind: true,
      mode: true,
      title: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      goingCount: true,
      chapter: { select: { slug: true, name: true, city: true } },
      statement: {
        select: { slug: true, sourceLocale: true, translations: { select: { locale: true, title: true } } },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    kind: r.kind,
    mode: r.mode,
    title: r.title,
    startsAt: r.startsAt.toISOString(),
    endsAt: r.endsAt.toISOString(),
    timeZone: r.timeZone,
    chapter: r.chapter,
    statement: {
      slug: r.statement.slug,
      title: pickTranslation(r.statement.translations, locale, r.statement.sourceLocale)?.translation.title ?? r.statement.slug,
    },
    going: r.goingCount,
  }));
}
