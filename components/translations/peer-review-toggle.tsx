"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { apiFetch } from "@/components/api-client";
import { useI18n } from "@/components/i18n/i18n-provider";
import { errorText } from "@/components/organise/api";

/** Admins: whether reviewers of one language may publish their fellow translators' work. */
export function PeerReviewToggle({ locale, language, initial }: { locale: string; language: string; initial: boolean }) {
  const { t } = useI18n();
  const [on, setOn] = useState(initial);
  const save = useMutation({
    mutationFn: (peerReview: boolean) => apiFetch<{ peerReview: boolean }>(`/api/admin/translation-languages/${locale}`, { method: "PUT", body: { peerReview } }),
    onSuccess: (r) => setOn(r.peerReview),
  });
  return (
    <p className="translate-check">
      <input
        id={`peer-${locale}`}
        type="checkbox"
        checked={on}
        disabled={save.isPending}
        onChange={(e) => save.mutate(e.target.checked)}
      />
      <label htmlFor={`peer-${locale}`}>{t("translate.peerReview.label", { language })}</label>
      <span role="status">{save.isSuccess ? t("translate.peerReview.saved") : save.isError ? errorText(t, save.error) : null}</span>
    </p>
  );
}
