"use client";

import { useI18n } from "@/components/i18n/i18n-provider";

export default function AdminError({ reset }: { error: Error; reset: () => void }) {
  const { t } = useI18n();
  return (
    <div className="page" role="alert">
      <h1>{t("common.errors.genericTitle")}</h1>
      <p>{t("common.errors.genericBody")}</p>
      <button type="button" className="button" onClick={reset}>
        {t("common.errors.retry")}
      </button>
    </div>
  );
}
