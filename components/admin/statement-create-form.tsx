"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { AdminStatement } from "@/lib/admin/statement-schema";
import { LOCALE_NAMES, LOCALES, textDirection, type Locale } from "@/lib/i18n/locales";
import { adminRequest } from "./api";
import { MarkdownField } from "./markdown-field";
import { TextField } from "@/components/ui/text-field";
import { fieldErrors, useErrorText } from "./use-error-text";

/** A new statement starts as a draft with its source text; translations follow on its page. */
export function StatementCreateForm() {
  const { locale, t } = useI18n();
  const errorText = useErrorText();
  const router = useRouter();
  const [source, setSource] = useState<Locale>(locale);
  const [body, setBody] = useState("");
  const mutation = useMutation({
    mutationFn: (payload: object) => adminRequest<AdminStatement>("POST", "/api/admin/statements", payload),
    onSuccess: (s) => router.push(`/${locale}/admin/statements/${s.id}`),
  });
  const errors = fieldErrors(mutation.error);
  const err = (k: string) => (Object.keys(errors).some((f) => f === k || f.endsWith(`.${k}`)) ? t("admin.errors.VALIDATION") : undefined);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const d = new FormData(e.currentTarget);
    const v = (k: string) => String(d.get(k) ?? "").trim();
    mutation.mutate({
      slug: v("slug"),
      sourceLocale: source,
      reference: v("reference"),
      translations: [{ locale: source, title: v("title"), summary: v("summary"), body: body.trim(), demands: v("demands").split("\n").map((x) => x.trim()).filter(Boolean) }],
    });
  };
  const dir = textDirection(source);
  return (
    <form method="post" onSubmit={submit} noValidate>
      <div className="admin-grid2">
        <TextField look="admin" label={t("admin.statements.slug")} hint={t("admin.statements.slugHint")} name="slug" dir="ltr" required error={err("slug")} />
        <div className="admin-field">
          <label htmlFor="new-statement-source">{t("admin.statements.sourceLocale")}</label>
          <select id="new-statement-source" className="admin-select" value={source} onChange={(e) => setSource(e.target.value as Locale)}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <TextField look="admin" label={t("admin.statements.reference")} hint={t("admin.statements.referenceHint")} name="reference" />
      </div>
      <TextField look="admin" label={t("admin.statements.titleLabel")} name="title" lang={source} dir={dir} required error={err("title")} />
      <TextField look="admin" multiline label={t("admin.statements.summaryLabel")} name="summary" lang={source} dir={dir} rows={3} />
      <MarkdownField
        label={t("admin.statements.bodyLabel")}
        name="body"
        value={body}
        onChange={setBody}
        lang={source}
        dir={dir}
        previewLabel={t("admin.statements.previewHeading", { language: LOCALE_NAMES[source] })}
        error={err("body")}
      />
      <TextField look="admin" multiline label={t("admin.statements.demandsLabel")} hint={t("admin.statements.demandsHint")} name="demands" lang={source} dir={dir} rows={5} />
      {mutation.isError ? (
        <p className="admin-alert" role="alert">
          {errorText(mutation.error)}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? t("admin.saving") : t("admin.statements.create")}
      </button>
    </form>
  );
}
