"use client";

import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ErrorPanel } from "@/components/layout/error-panel";

export default function OrganiseError({ reset }: { error: Error; reset: () => void }) {
  const { t, locale } = useI18n();
  return (
    <ErrorPanel reset={reset}>
      <Link href={`/${locale}/organise`}>{t("organise.nav.backToDashboard")}</Link>
    </ErrorPanel>
  );
}
