import { getDb } from "../db";

export type DayCount = { day: string; count: number };
export type Dashboard = {
  pendingReviews: number;
  openReports: number;
  upcomingByKind: { kind: "RALLY" | "DONATION_DRIVE" | "BOYCOTT"; count: number }[];
  upcomingByCountry: { country: string; count: number }[];
  rsvps: DayCount[];
  pledges: DayCount[];
};

const DAY_MS = 86_400_000;

/** Counts only: nothing here can identify a person. Days are UTC calendar days. */
export async function loadDashboard(days: 7 | 30, now = new Date()): Promise<Dashboard> {
  const db = await getDb();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const since = new Date(today - (days - 1) * DAY_MS);
  const upcoming = { status: "PUBLISHED" as const, endsAt: { gte: now } };
  const [pendingReviews, openReports, byKind, byChapter, rsvpRows, pledgeRows] = await Promise.all([
    db.action.count({ where: { status: "PENDING_REVIEW" } }),
    db.report.count({ where: { status: "OPEN" } }),
    db.action.groupBy({ by: ["kind"], where: upcoming, _count: { _all: true } }),
    db.action.groupBy({ by: ["chapterId"], where: upcoming, _count: { _all: true } }),
    db.$queryRaw<{ day: string; count: number }[]>`
      SELECT to_char(date_trunc('day', "createdAt"), 'YYYY-MM-DD') AS day, count(*)::int AS count
      FROM "Rsvp" WHERE "createdAt" >= ${since.toISOString()}::timestamp AND "status" <> 'CANCELLED' GROUP BY 1`,
    db.$queryRaw<{ day: string; count: number }[]>`
      SELECT to_char(date_trunc('day', "createdAt"), 'YYYY-MM-DD') AS day, count(*)::int AS count
      FROM "Pledge" WHERE "createdAt" >= ${since.toISOString()}::timestamp GROUP BY 1`,
  ]);
  const chapters = await db.chapter.findMany({ where: { id: { in: byChapter.map((g) => g.chapterId) } }, select: { id: true, countryCode: true } });
  const countries = new Map<string, number>();
  for (const g of byChapter) {
    const country = chapters.find((c) => c.id === g.chapterId)?.countryCode ?? "??";
    countries.set(country, (countries.get(country) ?? 0) + g._count._all);
  }
  return {
    pendingReviews,
    openReports,
    upcomingByKind: (["RALLY", "DONATION_DRIVE", "BOYCOTT"] as const).map((kind) => ({
      kind,
      count: byKind.find((g) => g.kind === kind)?._count._all ?? 0,
    })),
    upcomingByCountry: [...countries].map(([country, count]) => ({ country, count })).sort((a, b) => b.count - a.count || a.country.localeCompare(b.country)),
    rsvps: fillDays(rsvpRows, since, days),
    pledges: fillDays(pledgeRows, since, days),
  };
}

function fillDays(rows: { day: string; count: number }[], since: Date, days: number): DayCount[] {
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(since.getTime() + i * DAY_MS).toISOString().slice(0, 10);
    return { day, count: Number(rows.find((r) => r.day === day)?.count ?? 0) };
  });
}
