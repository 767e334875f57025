"use client";

import type { ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";

/**
 * What every error boundary shows: a generic message (never the error's own text, which may
 * carry internals) and a retry button; `children` adds a way out that fits the section.
 */
export function ErrorPanel({ reset, children }: { reset: () => void; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="page" role="alert">
      <h1>{t("common.errors.genericTitle")}</h1>
      <p>{t("common.errors.genericBody")}</p>
      <p className="org-buttons">
        <button type="button" className="button" onClick={reset}>
          {t("common.errors.retry")}
        </button>
        {children}
      </p>
    </div>
  );
}
