"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { ApiError, apiFetch } from "@/components/api-client";
import { useI18n } from "@/components/i18n/i18n-provider";
import "./reports.css";

const REASONS = ["SPAM", "FAKE", "DANGEROUS", "HARASSMENT", "WRONG_INFORMATION", "OTHER"] as const;
type Reason = (typeof REASONS)[number];

/**
 * "Report this action": no account needed, and nothing about the reporter is sent or stored.
 * The hidden `website` field is a honeypot that only form-filling bots see.
 */
export function ReportActionForm({ actionId }: { actionId: string }) {
  const { t } = useI18n();
  const id = useId();
  const [reason, setReason] = useState<Reason | null>(null);
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: (body: { actionId: string; reason: Reason; details: string; website: string }) => apiFetch<unknown>("/api/reports", { method: "POST", body }),
  });

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!reason) return setMissing(true);
    const data = new FormData(e.currentTarget);
    mutation.mutate({ actionId, reason, details: String(data.get("details") ?? "").trim(), website: String(data.get("website") ?? "") });
  };
  const code = mutation.error instanceof ApiError ? mutation.error.code : null;
  const errorText = code === "RATE_LIMITED" ? t("report.errors.RATE_LIMITED") : code === "NOT_FOUND" ? t("report.errors.NOT_FOUND") : t("report.errors.generic");

  return (
    <details className="report-action">
      <summary id={`${id}-heading`}>{t("report.open")}</summary>
      {mutation.isSuccess ? (
        <p className="report-thanks" role="status">
          {t("report.thanks")}
        </p>
      ) : (
        <form method="post" onSubmit={submit} aria-labelledby={`${id}-heading`} noValidate>
          <p className="report-hint">{t("report.intro")}</p>
          <fieldset aria-describedby={missing ? `${id}-missing` : undefined} aria-invalid={missing || undefined}>
            <legend>{t("report.reasonLegend")}</legend>
            {REASONS.map((r) => (
              <label key={r} className="report-option">
                <input
                  type="radio"
                  name="reason"
                  value={r}
                  checked={reason === r}
                  onChange={() => {
                    setReason(r);
                    setMissing(false);
                  }}
                />{" "}
                {t(`report.reasons.${r}`)}
              </label>
            ))}
            {missing ? (
              <p id={`${id}-missing`} className="report-error">
                {t("report.chooseReason")}
              </p>
            ) : null}
          </fieldset>
          <label htmlFor={`${id}-details`} className="report-label">
            {t("report.details")}
          </label>
          <p id={`${id}-details-hint`} className="report-hint">
            {t("report.detailsHint")}
          </p>
          <textarea id={`${id}-details`} name="details" maxLength={2000} aria-describedby={`${id}-details-hint`} />
          <div className="report-hp" aria-hidden="true">
            <label htmlFor={`${id}-website`}>{t("report.honeypot")}</label>
            <input id={`${id}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
          </div>
          {mutation.isError ? (
            <p className="report-error" role="alert">
              {errorText}
            </p>
          ) : null}
          <p>
            <button type="submit" className="button button--secondary" disabled={mutation.isPending}>
              {mutation.isPending ? t("report.sending") : t("report.submit")}
            </button>
          </p>
        </form>
      )}
    </details>
  );
}
