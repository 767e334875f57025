"use client";

import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { exportQuery } from "@/lib/organise/run-schema";
import { fieldText } from "./api";
import { Field } from "./field";

/**
 * The CSV holds names and addresses: the reason is required (checked here and on the server,
 * where the export is written to the audit log). The browser downloads it as a file.
 */
export function ExportForm({ actionId }: { actionId: string }) {
  const { t } = useI18n();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = exportQuery.safeParse({ reason });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      document.getElementById("export-reason")?.focus();
      return;
    }
    setError(undefined);
    const link = document.createElement("a");
    link.href = `/api/actions/${actionId}/attendees.csv?${new URLSearchParams({ reason: parsed.data.reason })}`;
    link.download = "";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate>
      <p className="muted">{t("organise.run.export.intro")}</p>
      <Field id="export-reason" label={t("organise.run.export.reason")} hint={t("organise.run.export.reasonHint")} error={fieldText(t, error)} required>
        {(a11y) => <input {...a11y} type="text" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <button type="submit" className="button">
        {t("organise.run.export.download")}
      </button>
    </form>
  );
}
