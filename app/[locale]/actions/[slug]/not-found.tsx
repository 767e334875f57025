"use client";

import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";

export default function ActionNotFound() {
  const { locale, t } = useI18n();
  return (
    <div className="page">
      <h1>{t("action.notFoundTitle")}</h1>
      <p>{t("action.notFoundBody")}</p>
      <p>
        <Link href={`/${locale}`}>{t("common.errors.backHome")}</Link>
      </p>
    </div>
  );
}
