"use client";

import "leaflet/dist/leaflet.css";
import "./map.css";
import type { Map as LeafletMap } from "leaflet";
import { useCallback, useEffect, useState } from "react";
import { Circle, MapContainer } from "react-leaflet";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { Near } from "@/lib/discovery-ui/home-query";
import type { Bbox } from "@/lib/discovery-ui/viewport";
import { ClusterLayer } from "./cluster-layer";
import { initialView, ViewportWatcher } from "./viewport-watcher";
import { Tiles } from "./tiles";

export type DiscoveryMapProps = {
  /** null: no tiles configured (TILE_URL=off); markers show on a plain background. */
  tileUrl: string | null;
  tileAttribution: string;
  /** API filter parameters (kind, dates, statement, …) applied to the clusters. */
  filters: Record<string, string>;
  view: { bbox: Bbox; zoom: number | null } | null;
  near: Near | null;
  /** Home keeps bbox/zoom in the page URL (and so the server list in step); other maps don't. */
  syncUrl: boolean;
  label: string;
};

export default function DiscoveryMap({ tileUrl, tileAttribution, filters, view, near, syncUrl, label }: DiscoveryMapProps) {
  const { t } = useI18n();
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [viewport, setViewport] = useState<{ bbox: Bbox; zoom: number } | null>(null);
  const [status, setStatus] = useState({ failed: false, loading: true });
  // Only the first view counts: later ones come from the reader moving the map.
  const [start] = useState(() => initialView(view, near));
  const onStatus = useCallback((s: { failed: boolean; loading: boolean }) => setStatus(s), []);

  useEffect(() => {
    // Leaflet's keyboard container gets the region's name so screen readers know what it is.
    map?.getContainer().setAttribute("aria-label", label);
  }, [map, label]);

  return (
    <div className="discovery-map">
      <MapContainer
        ref={setMap}
        className="discovery-map__canvas"
        center={start.center}
        zoom={start.zoom}
        bounds={start.bounds}
        worldCopyJump
        minZoom={1}
        scrollWheelZoom
      >
        <Tiles url={tileUrl} attribution={tileAttribution} />
        <ViewportWatcher view={view} near={near} syncUrl={syncUrl} onViewport={setViewport} />
        {near ? (
          <Circle center={[near.lat, near.lng]} radius={near.radiusKm * 1000} className="map-near-circle" interactive={false} />
        ) : null}
        {viewport ? <ClusterLayer bbox={viewport.bbox} zoom={viewport.zoom} filters={filters} onStatus={onStatus} /> : null}
      </MapContainer>
      <p className={status.failed ? "discovery-map__error" : "discovery-map__status"} role="status">
        {status.failed ? t("discover.mapError") : status.loading ? t("discover.mapLoading") : ""}
      </p>
    </div>
  );
}
