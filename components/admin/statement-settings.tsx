"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { AdminStatement } from "@/lib/admin/statement-schema";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { adminRequest } from "./api";
import { TextField } from "@/components/ui/text-field";
import { fieldErrors } from "./use-error-text";
import { FormOutcome } from "./form-outcome";

/** Address, source language, reference, and the publish switch. */
export function StatementSettings({ statement }: { statement: AdminStatement }) {
  const { t } = useI18n();
  const router = useRouter();
  const [status, setStatus] = useState("");
  const mutation = useMutation({
    mutationFn: (body: object) => adminRequest<AdminStatement>("PATCH", `/api/admin/statements/${statement.id}`, body),
    onSuccess: () => {
      setStatus(t("admin.saved"));
      router.refresh();
    },
  });
  const errors = fieldErrors(mutation.error);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const next = { slug: String(data.get("slug") ?? "").trim(), sourceLocale: String(data.get("sourceLocale")), reference: String(data.get("reference") ?? "").trim() };
    const body = Object.fromEntries(Object.entries(next).filter(([k, v]) => v !== statement[k as keyof typeof next]));
    if (Object.keys(body).length === 0) return setStatus(t("admin.saved"));
    mutation.mutate(body);
  };
  const published = statement.status === "PUBLISHED";
  return (
    <section aria-labelledby="settings-heading" className="admin-card">
      <h2 id="settings-heading">{t("admin.statements.settings")}</h2>
      <p>
        <strong>{t(`admin.statements.status.${statement.status}`)}</strong>{" "}
        <button type="button" className={published ? "button button--secondary" : "button"} disabled={mutation.isPending} onClick={() => mutation.mutate({ status: published ? "DRAFT" : "PUBLISHED" })}>
          {t(published ? "admin.statements.unpublish" : "admin.statements.publish")}
        </button>
      </p>
      <form method="post" onSubmit={submit} noValidate>
        <div className="admin-grid2">
          <TextField look="admin" label={t("admin.statements.slug")} hint={t("admin.statements.slugHint")} name="slug" dir="ltr" defaultValue={statement.slug} required error={errors.slug?.message} />
          <div className="admin-field">
            <label htmlFor="statement-source">{t("admin.statements.sourceLocale")}</label>
            <select id="statement-source" name="sourceLocale" className="admin-select" defaultValue={statement.sourceLocale}>
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {LOCALE_NAMES[l]}
                </option>
              ))}
            </select>
          </div>
          <TextField look="admin" label={t("admin.statements.reference")} hint={t("admin.statements.referenceHint")} name="reference" defaultValue={statement.reference} />
        </div>
        <button type="submit" className="button button--secondary" disabled={mutation.isPending}>
          {t("admin.statements.saveSettings")}
        </button>
      </form>
      <FormOutcome error={mutation.error} status={status} />
    </section>
  );
}
