"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { apiFetch, errorText } from "./api";

type Props = { actionId: string; slug: string; status: "DRAFT" | "PENDING_REVIEW" | "PUBLISHED" | "REJECTED" | "CANCELLED"; trusted: boolean };

/** Submit (or publish, for trusted chapters), edit, duplicate and the public page. */
export function RunToolbar({ actionId, slug, status, trusted }: Props) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const submit = useMutation({
    mutationFn: () => apiFetch<{ status: string }>(`/api/actions/${actionId}/submit`, { method: "POST" }),
    onSuccess: () => router.refresh(),
  });
  const duplicate = useMutation({
    mutationFn: () => apiFetch<{ id: string }>(`/api/actions/${actionId}/duplicate`, { method: "POST" }),
    onSuccess: (r) => router.push(`/${locale}/organise/actions/${r.id}/edit`),
  });
  const failed = submit.error ?? duplicate.error;
  return (
    <div>
      <div className="org-toolbar">
        {status === "DRAFT" || status === "REJECTED" ? (
          <button type="button" className="button" disabled={submit.isPending} onClick={() => submit.mutate()}>
            {trusted ? t("organise.dashboard.publish") : t("organise.run.submit")}
          </button>
        ) : null}
        {status !== "CANCELLED" ? (
          <Link className="button button--secondary" href={`/${locale}/organise/actions/${actionId}/edit`}>
            {t("organise.run.edit")}
          </Link>
        ) : null}
        <button type="button" className="button button--secondary" disabled={duplicate.isPending} onClick={() => duplicate.mutate()}>
          {t("organise.run.duplicate")}
        </button>
        {status === "PUBLISHED" || status === "CANCELLED" ? <Link href={`/${locale}/actions/${slug}`}>{t("organise.run.view")}</Link> : null}
      </div>
      {failed ? (
        <p role="alert" className="org-alert org-alert--error">
          {errorText(t, failed)}
        </p>
      ) : null}
    </div>
  );
}
