"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { renderPreview } from "@/lib/organise/markdown-preview";
import { Field } from "./field";

type Props = { id: string; value: string; onChange: (v: string) => void; error?: string; label?: string; hint?: string; dir?: "auto" };

/** Markdown with a preview tab; the preview escapes raw HTML, and the server sanitises on save. */
export function MarkdownEditor({ id, value, onChange, error, label, hint, dir }: Props) {
  const { t } = useI18n();
  const [preview, setPreview] = useState(false);
  return (
    <div className="org-markdown">
      <div className="org-markdown__tabs" role="group" aria-label={label ?? t("organise.form.description")}>
        <button type="button" className="button button--secondary" aria-pressed={!preview} onClick={() => setPreview(false)}>
          {t("organise.form.write")}
        </button>
        <button type="button" className="button button--secondary" aria-pressed={preview} onClick={() => setPreview(true)}>
          {t("organise.form.preview")}
        </button>
      </div>
      {preview ? (
        <div className="org-markdown__preview" aria-live="polite">
          {value.trim() ? <div dir={dir} dangerouslySetInnerHTML={{ __html: renderPreview(value) }} /> : <p className="muted">{t("organise.form.previewEmpty")}</p>}
        </div>
      ) : (
        <Field id={id} label={label ?? t("organise.form.description")} hint={hint ?? t("organise.form.descriptionHint")} error={error}>
          {(a11y) => <textarea {...a11y} dir={dir} rows={8} value={value} onChange={(e) => onChange(e.target.value)} />}
        </Field>
      )}
    </div>
  );
}
