"use client";

import { useId, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { renderMarkdownPreview } from "@/lib/admin/markdown-preview";

type Props = { label: string; name: string; value: string; onChange: (v: string) => void; lang: string; dir: "ltr" | "rtl"; previewLabel: string; error?: string };

/** Markdown with a Write / Preview switch; the preview uses the public page's rules. */
export function MarkdownField({ label, name, value, onChange, lang, dir, previewLabel, error }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [preview, setPreview] = useState(false);
  return (
    <div className="admin-field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="admin-hint">
        {t("admin.statements.bodyHint")}
      </p>
      <div className="admin-tabs">
        <button type="button" className="button button--secondary" aria-pressed={!preview} onClick={() => setPreview(false)}>
          {t("admin.statements.write")}
        </button>
        <button type="button" className="button button--secondary" aria-pressed={preview} onClick={() => setPreview(true)}>
          {t("admin.statements.preview")}
        </button>
      </div>
      {preview ? (
        <section aria-label={previewLabel} className="markdown-preview prose" lang={lang} dir={dir} dangerouslySetInnerHTML={{ __html: renderMarkdownPreview(value) }} />
      ) : (
        <textarea
          id={id}
          name={name}
          lang={lang}
          dir={dir}
          rows={16}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ")}
        />
      )}
      {error ? (
        <p id={`${id}-error`} className="admin-error-text">
          {error}
        </p>
      ) : null}
    </div>
  );
}
