import type { Metadata } from "next";
import { guardAdmin } from "@/components/admin/require-admin";
import { ReportList } from "@/components/admin/report-list";
import { pageTranslator } from "@/lib/i18n/server";
import { listOpenReports } from "@/lib/reports/open-reports";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("admin.reports.title"), description: t("admin.reports.description"), openGraph: { title: t("admin.reports.title") } };
}

export default async function ReportsPage({ params }: Props) {
  const { locale, t } = await pageTranslator(params);
  const { denied } = await guardAdmin(locale, "/admin/reports");
  if (denied) return denied;
  const reports = await listOpenReports();
  return (
    <div className="page">
      <h1>{t("admin.reports.title")}</h1>
      <p className="lead">{t("admin.reports.description")}</p>
      <ReportList initial={reports} />
    </div>
  );
}
