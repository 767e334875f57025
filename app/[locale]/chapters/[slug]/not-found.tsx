"use client";

import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";

export default function ChapterNotFound() {
  const { locale, t } = useI18n();
  return (
    <div className="page">
      <h1>{t("chapter.notFoundTitle")}</h1>
      <p>{t("chapter.notFoundBody")}</p>
      <p>
        <Link href={`/${locale}/chapters`}>{t("chapter.listTitle")}</Link>
      </p>
    </div>
  );
}
