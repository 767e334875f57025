"use client";

import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";

export default function OrganiseError({ reset }: { error: Error; reset: () => void }) {
  const { t, locale } = useI18n();
  return (
    <div className="page" role="alert">
      <h1>{t("common.errors.genericTitle")}</h1>
      <p>{t("common.errors.genericBody")}</p>
      <p className="org-buttons">
        <button type="button" className="button" onClick={reset}>
          {t("common.errors.retry")}
        </button>
        <Link href={`/${locale}/organise`}>{t("organise.nav.backToDashboard")}</Link>
      </p>
    </div>
  );
}
