"use client";

import "leaflet/dist/leaflet.css";
import "./map.css";
import L, { type Map as LeafletMap } from "leaflet";
import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { MapContainer, Marker, Popup, useMapEvents } from "react-leaflet";
import Supercluster from "supercluster";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatDateTime } from "@/lib/i18n/format";
import { clusterCount } from "./cluster-count";
import { clusterIcon, pointIcon } from "./marker-icons";
import { groupBySamePlace } from "./same-place";
import { SamePlaceMarker } from "./same-place-marker";
import { Tiles } from "./tiles";

export type MapPoint = { id: string; slug: string; kind: string; title: string; startsAt: string; timeZone: string; lat: number; lng: number };
export type PointsMapProps = { tileUrl: string | null; tileAttribution: string; points: MapPoint[]; label: string };
type View = { bbox: [number, number, number, number]; zoom: number };

/**
 * A map of a known, bounded set of points (a statement's actions, at most 2,000 from the server),
 * clustered in the browser; the home map clusters on the server instead because its set is unbounded.
 */
export default function PointsMap({ tileUrl, tileAttribution, points, label }: PointsMapProps) {
  const { locale, t } = useI18n();
  const [map, setMap] = useState<LeafletMap | null>(null);
  const [view, setView] = useState<View | null>(null);
  const index = useMemo(() => {
    const sc = new Supercluster<MapPoint>({ radius: 60, maxZoom: 16 });
    sc.load(points.map((p) => ({ type: "Feature", properties: p, geometry: { type: "Point", coordinates: [p.lng, p.lat] } })));
    return sc;
  }, [points]);
  const [bounds] = useState(() => (points.length ? L.latLngBounds(points.map((p) => [p.lat, p.lng] as [number, number])).pad(0.2) : null));

  useEffect(() => {
    map?.getContainer().setAttribute("aria-label", label);
  }, [map, label]);

  const features = view ? index.getClusters(view.bbox, view.zoom) : [];
  const clusters = features.flatMap((f) => ("cluster" in f.properties && f.properties.cluster ? [{ ...f, properties: f.properties }] : []));
  const places = groupBySamePlace(features.flatMap((f) => ("cluster" in f.properties && f.properties.cluster ? [] : [f.properties as MapPoint])));
  const count = clusterCount(locale);
  return (
    <div className="discovery-map">
      <MapContainer ref={setMap} className="discovery-map__canvas" bounds={bounds ?? undefined} center={bounds ? undefined : [20, 10]} zoom={bounds ? undefined : 2} maxZoom={18} scrollWheelZoom={false}>
        <Tiles url={tileUrl} attribution={tileAttribution} />
        <ViewTracker onView={setView} />
        {clusters.map((f) => {
          const [lng, lat] = f.geometry.coordinates as [number, number];
          const { cluster_id: id, point_count: n } = f.properties;
          return (
            <Marker key={`c${id}`} position={[lat, lng]} keyboard={false} title={t("discover.cluster", { count: n })}
              icon={clusterIcon(n, count(n), false)}
              eventHandlers={{ click: () => map?.setView([lat, lng], Math.min(index.getClusterExpansionZoom(id), 18)) }} />
          );
        })}
        {places.map(({ lat, lng, items }) => {
          if (items.length > 1) return <SamePlaceMarker key={`s${items[0].id}`} lat={lat} lng={lng} items={items} />;
          const p = items[0];
          return (
            <Marker key={p.id} position={[lat, lng]} keyboard={false} title={p.title}
              icon={pointIcon(p.kind, false, t("discover.marker", { kind: t(`common.kinds.${p.kind as "RALLY"}`), title: p.title }))}>
              <Popup>
                <div className="map-popup">
                  <p className="map-popup__title" dir="auto">
                    {p.title}
                  </p>
                  <p>{formatDateTime(p.startsAt, locale, p.timeZone)}</p>
                  <p>
                    <Link href={`/${locale}/actions/${p.slug}`}>{t("discover.popup.open")}</Link>
                  </p>
                </div>
              </Popup>
            </Marker>
          );
        })}
      </MapContainer>
    </div>
  );
}

function ViewTracker({ onView }: { onView: (v: View) => void }) {
  const map = useMapEvents({ moveend: () => onView(read()) });
  function read(): View {
    const b = map.getBounds();
    return { bbox: [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())], zoom: Math.round(map.getZoom()) };
  }
  useEffect(() => {
    onView(read());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the first view once, on mount; later ones come from moveend
  }, []);
  return null;
}
