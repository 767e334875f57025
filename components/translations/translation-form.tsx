"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { apiFetch } from "@/components/api-client";
import { useI18n } from "@/components/i18n/i18n-provider";
import { MarkdownEditor } from "@/components/organise/markdown-editor";
import { errorText } from "@/components/organise/api";
import "@/components/organise/organise.css";

type Text = { title: string; summary: string; body: string; demands: string[] };
type Props = { slug: string; target: string; language: string; initial: Text | null; sourceDemands: number };

/** The translator's side of the editor: the same fields as the statement, sent for review in one request. */
export function TranslationForm({ slug, target, language, initial, sourceDemands }: Props) {
  const { t, locale } = useI18n();
  const [title, setTitle] = useState(initial?.title ?? "");
  const [summary, setSummary] = useState(initial?.summary ?? "");
  const [body, setBody] = useState(initial?.body ?? "");
  const [demands, setDemands] = useState((initial?.demands ?? []).join("\n"));
  const [credit, setCredit] = useState(false);
  const done = useRef<HTMLParagraphElement>(null);
  const send = useMutation({
    mutationFn: () =>
      apiFetch<{ id: string }>(`/api/statements/${slug}/translations/${target}`, {
        method: "POST",
        body: { title, summary, body, demands: demands.split("\n").map((d) => d.trim()).filter(Boolean), credit },
      }),
  });
  // The thanks replaces the form: move focus there so it is read out and in view.
  useEffect(() => {
    if (send.isSuccess) done.current?.focus();
  }, [send.isSuccess]);
  if (send.isSuccess) {
    return (
      <div className="org-alert org-alert--ok">
        <p ref={done} tabIndex={-1} role="status">
          {t("translate.editor.done")}
        </p>
        <Link href={`/${locale}/translate`}>{t("translate.editor.back")}</Link>
      </div>
    );
  }
  return (
    <form
      method="post"
      className="translate-form"
      lang={target}
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate();
      }}
    >
      <h2 lang={locale}>{t("translate.editor.yours", { language })}</h2>
      <label htmlFor="tr-title" lang={locale}>
        {t("translate.editor.title")}
      </label>
      <input id="tr-title" dir="auto" required maxLength={300} value={title} onChange={(e) => setTitle(e.target.value)} />
      <label htmlFor="tr-summary" lang={locale}>
        {t("translate.editor.summary")}
      </label>
      <textarea id="tr-summary" dir="auto" rows={3} maxLength={2000} value={summary} onChange={(e) => setSummary(e.target.value)} />
      <div lang={locale}>
        <MarkdownEditor id="tr-body" dir="auto" label={t("translate.editor.body")} value={body} onChange={setBody} />
      </div>
      <label htmlFor="tr-demands" lang={locale}>
        {t("translate.editor.demands")}
      </label>
      <textarea id="tr-demands" dir="auto" rows={Math.max(3, sourceDemands + 1)} value={demands} onChange={(e) => setDemands(e.target.value)} />
      <p className="translate-check" lang={locale}>
        <input id="tr-credit" type="checkbox" checked={credit} onChange={(e) => setCredit(e.target.checked)} />
        <label htmlFor="tr-credit">{t("translate.editor.credit")}</label>
      </p>
      {send.isError ? (
        <p role="alert" className="org-alert org-alert--error" lang={locale}>
          {errorText(t, send.error)}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={send.isPending} lang={locale}>
        {send.isPending ? t("translate.editor.submitting") : t("translate.editor.submit")}
      </button>
    </form>
  );
}
