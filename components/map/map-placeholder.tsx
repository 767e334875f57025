"use client";

import { useSyncExternalStore } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";

const noop = () => () => {};

/** Server HTML says the map needs JavaScript (inside noscript); in a browser it says "loading". */
export function MapPlaceholder() {
  const { t } = useI18n();
  const hydrated = useSyncExternalStore(noop, () => true, () => false);
  return (
    <div className="map-placeholder">
      {hydrated ? <span role="status">{t("discover.mapLoading")}</span> : <noscript>{t("discover.mapNeedsJs")}</noscript>}
    </div>
  );
}
