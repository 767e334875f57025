"use client";

import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";

export default function StatementNotFound() {
  const { locale, t } = useI18n();
  return (
    <div className="page">
      <h1>{t("statement.notFoundTitle")}</h1>
      <p>{t("statement.notFoundBody")}</p>
      <p>
        <Link href={`/${locale}/statements`}>{t("statement.listTitle")}</Link>
      </p>
    </div>
  );
}
