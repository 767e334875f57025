"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/components/api-client";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { TranslationWork } from "@/lib/translations/schema";
import { errorText } from "@/components/organise/api";

type Submission = TranslationWork["statements"][number]["languages"][number]["submissions"][number];

/** One translation waiting for review: publish it, or send it back with a note. */
export function SubmissionReview({ submission }: { submission: Submission }) {
  const { t } = useI18n();
  const router = useRouter();
  const [note, setNote] = useState("");
  const decide = useMutation({
    mutationFn: (verb: "publish" | "reject") =>
      apiFetch<{ status: string }>(`/api/translations/submissions/${submission.id}/${verb}`, { method: "POST", body: verb === "reject" ? { note } : undefined }),
    onSuccess: () => router.refresh(),
  });
  const by = submission.translator ? t("translate.review.by", { name: submission.translator }) : t("translate.review.byUnknown");
  const noteId = `note-${submission.id}`;
  return (
    <div className="translate-review" data-submission={submission.id}>
      <p>
        <strong dir="auto">{submission.title}</strong> · {by}
      </p>
      {submission.canReview ? (
        <form
          method="post"
          onSubmit={(e) => {
            e.preventDefault();
            const submitter = (e.nativeEvent as SubmitEvent).submitter;
            decide.mutate(submitter instanceof HTMLButtonElement && submitter.value === "reject" ? "reject" : "publish");
          }}
        >
          <label htmlFor={noteId}>{t("translate.review.noteLabel")}</label>
          <textarea id={noteId} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          <p className="translate-languages">
            <button type="submit" value="publish" className="button" disabled={decide.isPending}>
              {t("translate.review.publish")}
            </button>
            <button type="submit" value="reject" className="button button--secondary" disabled={decide.isPending || !note.trim()}>
              {t("translate.review.reject")}
            </button>
          </p>
        </form>
      ) : submission.mine ? (
        <p className="muted">{t("translate.review.mine")}</p>
      ) : null}
      <p role="status">{decide.isSuccess ? t(decide.variables === "reject" ? "translate.review.rejected" : "translate.review.published") : null}</p>
      {decide.isError ? <p role="alert">{errorText(t, decide.error)}</p> : null}
    </div>
  );
}
