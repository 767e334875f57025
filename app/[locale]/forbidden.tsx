"use client";

import { useI18n } from "@/components/i18n/i18n-provider";

/** Rendered with HTTP 403 by forbidden(); today only the admin area refuses signed-in people by role. */
export default function AdminForbidden() {
  const { t } = useI18n();
  return (
    <div className="page admin-forbidden" data-status="403">
      <h1>{t("admin.forbidden.title")}</h1>
      <p>{t("admin.forbidden.body")}</p>
    </div>
  );
}
