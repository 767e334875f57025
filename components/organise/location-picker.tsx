"use client";

import dynamic from "next/dynamic";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { LocationPickerMapProps } from "./location-picker-map";

function Loading() {
  const { t } = useI18n();
  return (
    <div className="org-map__canvas org-map__loading" role="status">
      {t("organise.form.mapLoading")}
    </div>
  );
}

/** Leaflet touches `window`: the map is loaded in the browser only, after the form is usable. */
const PickerMap = dynamic(() => import("./location-picker-map"), { ssr: false, loading: () => <Loading /> });

export function LocationPicker(props: Omit<LocationPickerMapProps, "mapLabel" | "markerLabel">) {
  const { t, locale } = useI18n();
  const fmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 5 });
  return (
    <div className="org-map">
      <PickerMap {...props} mapLabel={t("organise.form.mapLabel")} markerLabel={t("organise.form.markerLabel")} />
      <p className="org-map__status" aria-live="polite" data-testid="location-status">
        {props.value ? t("organise.form.locationSet", { lat: fmt.format(props.value.lat), lng: fmt.format(props.value.lng) }) : t("organise.form.locationNone")}
      </p>
    </div>
  );
}
