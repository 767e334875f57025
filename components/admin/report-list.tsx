"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { OpenReport } from "@/lib/reports/open-reports";
import { ReportCard } from "./report-card";

/** Open reports; a handled report leaves the list (with every other report it resolved). */
export function ReportList({ initial }: { initial: OpenReport[] }) {
  const { t } = useI18n();
  const router = useRouter();
  const [reports, setReports] = useState(initial);
  const [status, setStatus] = useState("");

  const handled = (report: OpenReport, hidden: boolean) => {
    setStatus(hidden ? t("admin.reports.hidden", { title: report.action.title }) : t("admin.reports.dismissed"));
    setReports((list) => list.filter((r) => r.id !== report.id && !(hidden && r.action.id === report.action.id)));
    router.refresh();
  };

  return (
    <>
      <p className="admin-status" role="status" aria-live="polite">
        {status}
      </p>
      {reports.length === 0 ? (
        <p className="empty-state">{t("admin.reports.empty")}</p>
      ) : (
        <ul className="review-list">
          {reports.map((r) => (
            <li key={r.id}>
              <ReportCard report={r} onHandled={(hidden) => handled(r, hidden)} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
