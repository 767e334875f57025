"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { TrustLevel } from "@/lib/admin/chapter-schema";
import { adminRequest } from "./api";
import { useErrorText } from "./use-error-text";

/** Changes a chapter's trust as soon as a level is picked; says so, or says why not. */
export function ChapterTrustSelect({ chapterId, name, initial }: { chapterId: string; name: string; initial: TrustLevel }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [trust, setTrust] = useState(initial);
  const mutation = useMutation({
    mutationFn: (next: TrustLevel) => adminRequest("PATCH", `/api/admin/chapters/${chapterId}`, { trust: next }),
    onError: () => setTrust(initial),
  });
  const id = `trust-${chapterId}`;
  return (
    <div>
      <label htmlFor={id} className="visually-hidden">
        {`${t("admin.chapters.trust")}: ${name}`}
      </label>
      <select
        id={id}
        className="admin-select"
        value={trust}
        disabled={mutation.isPending}
        onChange={(e) => {
          const next = e.target.value as TrustLevel;
          setTrust(next);
          mutation.mutate(next);
        }}
      >
        {(["NEW", "VERIFIED", "TRUSTED"] as const).map((level) => (
          <option key={level} value={level}>
            {t(`admin.trust.${level}`)}
          </option>
        ))}
      </select>
      <span role="status" className="admin-hint">
        {mutation.isSuccess ? t("admin.saved") : null}
      </span>
      {mutation.isError ? (
        <p className="admin-error-text" role="alert">
          {errorText(mutation.error)}
        </p>
      ) : null}
    </div>
  );
}
