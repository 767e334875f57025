"use client";

import { useI18n } from "@/components/i18n/i18n-provider";

export default function OrganiseLoading() {
  const { t } = useI18n();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t("common.loading")}
    </div>
  );
}
