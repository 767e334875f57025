import type { CurrentUser } from "../auth/current-user";
import { isAdmin, organisedChapterIds } from "../auth/policy";
import { getDb } from "../db";

export type DashboardAction = {
  id: string;
  slug: string;
  title: string;
  kind: "RALLY" | "DONATION_DRIVE" | "BOYCOTT";
  status: "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "REJECTED" | "CANCELLED";
  startsAt: string;
  endsAt: string;
  timeZone: string;
  retentionDays: number;
  rejectionReason: string | null;
  counts: { going: number; waitlisted: number; pledges: number; commitments: number };
};

export type DashboardGroup = "drafts" | "review" | "rejected" | "upcoming" | "past" | "cancelled";
export type DashboardChapter = { id: string; slug: string; name: string; trusted: boolean; groups: Record<DashboardGroup, DashboardAction[]> };

function groupOf(a: DashboardAction, now: Date): DashboardGroup {
  if (a.status === "DRAFT") return "drafts";
  if (a.status === "PENDING_REVIEW") return "review";
  if (a.status === "REJECTED") return "rejected";
  if (a.status === "CANCELLED") return "cancelled";
  return new Date(a.endsAt) < now ? "past" : "upcoming";
}

/**
 * The chapters the user organises (admins: all) with their actions sorted into the stages the
 * dashboard shows. Counts only: no attendee is named here.
 */
export async function loadDashboard(user: CurrentUser, now = new Date()): Promise<DashboardChapter[]> {
  const db = await getDb();
  const chapters = await db.chapter.findMany({
    where: isAdmin(user) ? {} : { id: { in: organisedChapterIds(user) } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      trusted: true,
      actions: {
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        take: 300,
        select: {
          id: true,
          slug: true,
          title: true,
          kind: true,
          status: true,
          startsAt: true,
          endsAt: true,
          timeZone: true,
          retentionDays: true,
          rejectionReason: true,
          goingCount: true,
          waitlistCount: true,
          _count: { select: { pledges: true, commitments: true } },
        },
      },
    },
  });
  return chapters.map((c) => {
    const groups: Record<DashboardGroup, DashboardAction[]> = { drafts: [], review: [], rejected: [], upcoming: [], past: [], cancelled: [] };
    for (const a of c.actions) {
      const item: DashboardAction = {
        id: a.id,
        slug: a.slug,
        title: a.title,
        kind: a.kind,
        status: a.status,
        startsAt: a.startsAt.toISOString(),
        endsAt: a.endsAt.toISOString(),
        timeZone: a.timeZone,
        retentionDays: a.retentionDays,
        rejectionReason: a.rejectionReason,
        counts: { going: a.goingCount, waitlisted: a.waitlistCount, pledges: a._count.pledges, commitments: a._count.commitments },
      };
      groups[groupOf(item, now)].push(item);
    }
    // Past and cancelled: most recent first.
    groups.past.reverse();
    groups.cancelled.reverse();
    return { id: c.id, slug: c.slug, name: c.name, trusted: c.trusted, groups };
  });
}
