import { getDb } from "../db";

export type OpenReport = {
  id: string;
  reason: "SPAM" | "FAKE" | "DANGEROUS" | "HARASSMENT" | "WRONG_INFORMATION" | "OTHER";
  details: string;
  createdAt: string;
  action: {
    id: string;
    slug: string;
    title: string;
    status: "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "REJECTED" | "CANCELLED";
    kind: "RALLY" | "DONATION_DRIVE" | "BOYCOTT";
    startsAt: string;
    timeZone: string;
    chapter: { name: string; countryCode: string };
    openReports: number;
  };
};

/** Open reports, newest first, with the reported action. Reports name no reporter: there is none stored. */
export async function listOpenReports(limit = 200): Promise<OpenReport[]> {
  const db = await getDb();
  const rows = await db.report.findMany({
    where: { status: "OPEN" },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      reason: true,
      details: true,
      createdAt: true,
      action: {
        select: {
          id: true,
          slug: true,
          title: true,
          status: true,
          kind: true,
          startsAt: true,
          timeZone: true,
          chapter: { select: { name: true, countryCode: true } },
          _count: { select: { reports: { where: { status: "OPEN" } } } },
        },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    reason: r.reason,
    details: r.details,
    createdAt: r.createdAt.toISOString(),
    action: {
      id: r.action.id,
      slug: r.action.slug,
      title: r.action.title,
      status: r.action.status,
      kind: r.action.kind,
      startsAt: r.action.startsAt.toISOString(),
      timeZone: r.action.timeZone,
      chapter: r.action.chapter,
      openReports: r.action._count.reports,
    },
  }));
}
