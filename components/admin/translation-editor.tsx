"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { AdminStatement } from "@/lib/admin/statement-schema";
import { renderMarkdownPreview } from "@/lib/admin/markdown-preview";
import { LOCALE_NAMES, textDirection, type Locale } from "@/lib/i18n/locales";
import { adminRequest } from "./api";
import { MarkdownField } from "./markdown-field";
import { TextField } from "@/components/ui/text-field";
import { fieldErrors } from "./use-error-text";
import { FormOutcome } from "./form-outcome";

type Translation = AdminStatement["translations"][number];
type Props = { statementId: string; target: Locale; source: Translation | null; sourceLocale: Locale; existing: Translation | null };

/** One language beside the source text: edit title, summary, Markdown body and demands. */
export function TranslationEditor({ statementId, target, source, sourceLocale, existing }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [title, setTitle] = useState(existing?.title ?? "");
  const [summary, setSummary] = useState(existing?.summary ?? "");
  const [body, setBody] = useState(existing?.body ?? "");
  const [demands, setDemands] = useState((existing?.demands ?? []).join("\n"));
  const [status, setStatus] = useState("");
  const language = LOCALE_NAMES[target];
  const dir = textDirection(target);
  const save = useMutation({
    mutationFn: (payload: object) => adminRequest("PATCH", `/api/admin/statements/${statementId}`, payload),
    onSuccess: (_d, payload) => {
      setStatus(t("removeTranslations" in payload ? "admin.statements.translationRemoved" : "admin.statements.translationSaved", { language }));
      router.refresh();
    },
  });
  const errors = fieldErrors(save.error);
  const err = (k: string) => (Object.keys(errors).some((f) => f.startsWith("translations") && f.endsWith(k)) ? t("admin.errors.VALIDATION") : undefined);
  const payload = () => ({
    translations: [{ locale: target, title: title.trim(), summary: summary.trim(), body: body.trim(), demands: demands.split("\n").map((d) => d.trim()).filter(Boolean) }],
  });

  return (
    <div className="statement-editor">
      <section className="statement-editor__source" aria-labelledby="source-heading" lang={sourceLocale} dir={textDirection(sourceLocale)}>
        <h3 id="source-heading">{t("admin.statements.source", { language: LOCALE_NAMES[sourceLocale] })}</h3>
        {source ? (
          <>
            <p>
              <strong>{source.title}</strong>
            </p>
            {source.summary ? <p className="muted">{source.summary}</p> : null}
            <div className="prose" dangerouslySetInnerHTML={{ __html: renderMarkdownPreview(source.body) }} />
            {source.demands.length ? (
              <ol>
                {source.demands.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ol>
            ) : null}
          </>
        ) : null}
      </section>
      <form method="post"
        aria-labelledby="target-heading"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(payload());
        }}
      >
        <h3 id="target-heading">{t("admin.statements.editing", { language })}</h3>
        <TextField look="admin" label={t("admin.statements.titleLabel")} name="title" lang={target} dir={dir} value={title} onChange={(e) => setTitle(e.target.value)} required error={err("title")} />
        <TextField look="admin" multiline label={t("admin.statements.summaryLabel")} name="summary" lang={target} dir={dir} rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} error={err("summary")} />
        <MarkdownField
          label={t("admin.statements.bodyLabel")}
          name="body"
          value={body}
          onChange={setBody}
          lang={target}
          dir={dir}
          previewLabel={t("admin.statements.previewHeading", { language })}
          error={err("body")}
        />
        <TextField look="admin"
          multiline
          label={t("admin.statements.demandsLabel")}
          hint={t("admin.statements.demandsHint")}
          name="demands"
          lang={target}
          dir={dir}
          rows={5}
          value={demands}
          onChange={(e) => setDemands(e.target.value)}
          error={err("demands")}
        />
        <FormOutcome error={save.error} status={status} />
        <div className="admin-row">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t("admin.saving") : t("admin.statements.saveTranslation", { language })}
          </button>
          {existing && target !== sourceLocale ? (
            <button type="button" className="button button--danger" disabled={save.isPending} onClick={() => save.mutate({ removeTranslations: [target] })}>
              {t("admin.statements.removeTranslation", { language })}
            </button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
