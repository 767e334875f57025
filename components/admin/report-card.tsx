"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatDateTime } from "@/lib/i18n/format";
import type { OpenReport } from "@/lib/reports/open-reports";
import { adminRequest } from "./api";
import { useErrorText } from "./use-error-text";

type Body = { resolution: "dismiss" } | { resolution: "hide"; to: "PENDING_REVIEW"; note?: string } | { resolution: "hide"; to: "REJECTED"; reason: string };

/** One open report with the reported action, and the two ways to close it. */
export function ReportCard({ report, onHandled }: { report: OpenReport; onHandled: (hidden: boolean) => void }) {
  const { locale, t } = useI18n();
  const errorText = useErrorText();
  const [hiding, setHiding] = useState(false);
  const [to, setTo] = useState<"PENDING_REVIEW" | "REJECTED">("PENDING_REVIEW");
  const [text, setText] = useState("");
  const [missing, setMissing] = useState(false);
  const a = report.action;
  const id = `report-${report.id}`;
  const mutation = useMutation({
    mutationFn: (body: Body) => adminRequest("PATCH", `/api/admin/reports/${report.id}`, body),
    onSuccess: (_d, body) => onHandled(body.resolution === "hide"),
  });
  // UTC with the zone named: the same text on the server and in the browser (no hydration drift).
  const reported = formatDateTime(report.createdAt, locale, "UTC");

  const hide = () => {
    if (to === "REJECTED" && text.trim().length < 3) {
      setMissing(true);
      return;
    }
    mutation.mutate(to === "REJECTED" ? { resolution: "hide", to, reason: text.trim() } : { resolution: "hide", to, note: text.trim() || undefined });
  };

  return (
    <article className="review-item" aria-labelledby={`${id}-title`} data-report-id={report.id}>
      <h2 id={`${id}-title`}>
        <bdi>{a.title}</bdi>
      </h2>
      <p className="muted">
        {t("admin.reports.actionLine", { chapter: `${a.chapter.name} (${a.chapter.countryCode})`, date: formatDateTime(a.startsAt, locale, a.timeZone) })} ·{" "}
        {t(`admin.actionStatus.${a.status}`)}
      </p>
      <p>
        <strong>{t(`admin.reports.reasons.${report.reason}`)}</strong> · {t("admin.reports.reported", { date: reported })}
      </p>
      <p className="review-item__description" dir="auto">
        {report.details || t("admin.reports.noDetails")}
      </p>
      {a.openReports > 1 ? <p>{t("admin.reports.openOnAction", { count: a.openReports })}</p> : null}
      {a.status === "PUBLISHED" ? (
        <p>
          <Link href={`/${locale}/actions/${a.slug}`}>{t("admin.reports.viewAction")}</Link>
        </p>
      ) : (
        <p className="muted">{t("admin.reports.notPublic")}</p>
      )}
      <div className="review-item__actions">
        {a.status === "PUBLISHED" ? (
          <button type="button" className="button button--danger" aria-expanded={hiding} onClick={() => setHiding(!hiding)}>
            {t("admin.reports.hide")}
          </button>
        ) : null}
        <button type="button" className="button button--secondary" disabled={mutation.isPending} onClick={() => mutation.mutate({ resolution: "dismiss" })}>
          {t("admin.reports.dismiss")}
        </button>
      </div>
      {hiding ? (
        <form method="post"
          onSubmit={(e) => {
            e.preventDefault();
            hide();
          }}
        >
          <fieldset className="admin-field">
            <legend className="admin-legend">{t("admin.reports.hideTo")}</legend>
            {(["PENDING_REVIEW", "REJECTED"] as const).map((value) => (
              <label key={value}>
                <input type="radio" name={`${id}-to`} value={value} checked={to === value} onChange={() => setTo(value)} />{" "}
                {t(value === "PENDING_REVIEW" ? "admin.reports.toReview" : "admin.reports.toRejected")}
              </label>
            ))}
          </fieldset>
          <div className="admin-field">
            <label htmlFor={`${id}-text`}>{t(to === "REJECTED" ? "admin.reports.reasonLabel" : "admin.reports.noteLabel")}</label>
            <textarea
              id={`${id}-text`}
              value={text}
              maxLength={2000}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={missing || undefined}
              aria-describedby={missing ? `${id}-missing` : undefined}
            />
            {missing ? (
              <p id={`${id}-missing`} className="admin-error-text">
                {t("admin.review.textRequired")}
              </p>
            ) : null}
          </div>
          <button type="submit" className="button button--danger" disabled={mutation.isPending}>
            {mutation.isPending ? t("admin.saving") : t("admin.reports.confirmHide")}
          </button>
        </form>
      ) : null}
      {mutation.isError ? (
        <p className="admin-alert" role="alert">
          {errorText(mutation.error)}
        </p>
      ) : null}
    </article>
  );
}
