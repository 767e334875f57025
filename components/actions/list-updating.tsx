"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { useUpdating } from "@/components/map/discovery-bus";

/** Announced while the list is refreshed for a new map view (the old list stays until then). */
export function ListUpdating() {
  const { t } = useI18n();
  const updating = useUpdating();
  return (
    <p className="list-status" role="status">
      {updating ? t("discover.updating") : ""}
    </p>
  );
}
