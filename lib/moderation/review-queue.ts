import { getDb } from "../db";
import type { ActionStatus } from "../actions/state-machine";
import { reviewItemSelect, toReviewItem, type ReviewItem } from "./review-item";

export type ReviewFilter = { language?: string; country?: string };
export type TrackRecord = { published: number; rejected: number; cancelled: number; openReports: number };
export type OrganiserHistory = { total: number; published: number; rejected: number; cancelled: number; memberSince: string };
export type ReviewQueue = {
  items: (ReviewItem & { chapterRecord: TrackRecord; organiserHistory: OrganiserHistory | null })[];
  languages: string[];
  countries: string[];
};

const PENDING = { status: "PENDING_REVIEW" as const };

/**
 * Actions waiting for a moderator, oldest first, with what helps decide: the chapter's track
 * record and the submitting organiser's history. Filters let moderators take what they can read.
 */
export async function listReviewQueue(filter: ReviewFilter = {}, limit = 100): Promise<ReviewQueue> {
  const db = await getDb();
  const rows = await db.action.findMany({
    where: {
      ...PENDING,
      ...(filter.language ? { languages: { has: filter.language } } : {}),
      ...(filter.country ? { chapter: { countryCode: filter.country.toUpperCase() } } : {}),
    },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: limit,
    select: reviewItemSelect,
  });
  const chapterIds = [...new Set(rows.map((r) => r.chapterId))];
  const organiserIds = [...new Set(rows.map((r) => r.createdBy?.id).filter((id): id is string => !!id))];
  const [byChapter, reports, byOrganiser, facets] = await Promise.all([
    db.action.groupBy({ by: ["chapterId", "status"], where: { chapterId: { in: chapterIds } }, _count: { _all: true } }),
    db.report.groupBy({ by: ["actionId"], where: { status: "OPEN", action: { chapterId: { in: chapterIds } } }, _count: { _all: true } }),
    db.action.groupBy({ by: ["createdById", "status"], where: { createdById: { in: organiserIds } }, _count: { _all: true } }),
    db.action.findMany({ where: PENDING, select: { languages: true, chapter: { select: { countryCode: true } } } }),
  ]);
  const reportedActions = reports.length
    ? await db.action.findMany({ where: { id: { in: reports.map((r) => r.actionId) } }, select: { id: true, chapterId: true } })
    : [];
  const openReports = new Map<string, number>();
  for (const r of reports) {
    const chapterId = reportedActions.find((a) => a.id === r.actionId)?.chapterId;
    if (chapterId) openReports.set(chapterId, (openReports.get(chapterId) ?? 0) + r._count._all);
  }
  const count = (list: { status: ActionStatus; _count: { _all: number } }[], status?: ActionStatus) =>
    list.filter((g) => !status || g.status === status).reduce((n, g) => n + g._count._all, 0);

  const items = rows.map((row) => {
    const ch = byChapter.filter((g) => g.chapterId === row.chapterId);
    const org = row.createdBy ? byOrganiser.filter((g) => g.createdById === row.createdBy?.id) : [];
    return {
      ...toReviewItem(row),
      chapterRecord: {
        published: count(ch, "PUBLISHED"),
        rejected: count(ch, "REJECTED"),
        cancelled: count(ch, "CANCELLED"),
        openReports: openReports.get(row.chapterId) ?? 0,
      },
      organiserHistory: row.createdBy
        ? {
            total: count(org),
            published: count(org, "PUBLISHED"),
            rejected: count(org, "REJECTED"),
            cancelled: count(org, "CANCELLED"),
            memberSince: row.createdBy.createdAt.toISOString(),
          }
        : null,
    };
  });
  return {
    items,
    languages: [...new Set(facets.flatMap((f) => f.languages))].sort(),
    countries: [...new Set(facets.map((f) => f.chapter.countryCode))].sort(),
  };
}
