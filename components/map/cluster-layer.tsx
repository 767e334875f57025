"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { Marker, Popup, useMap } from "react-leaflet";
import { readClusters } from "@/components/actions/check-response";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ClustersResponse } from "@/lib/actions/public-dto";
import { ALL_POINTS_ZOOM, type Bbox, bboxContains, bboxToBounds, formatBbox } from "@/lib/discovery-ui/viewport";
import { ActionPopup } from "./action-popup";
import { useHighlight } from "./discovery-bus";
import { clusterCount } from "./cluster-count";
import { clusterIcon, pointIcon } from "./marker-icons";
import { groupBySamePlace } from "./same-place";
import { SamePlaceMarker } from "./same-place-marker";

async function fetchClusters(bbox: Bbox, zoom: number, filters: Record<string, string>, locale: string): Promise<ClustersResponse> {
  const params = new URLSearchParams({ ...filters, bbox: formatBbox(bbox), zoom: String(zoom), locale });
  const res = await fetch(`/api/actions/clusters?${params}`, { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(`clusters ${res.status}`);
  return readClusters(await res.json());
}

/** Server-side clusters and single points for the current view; the server caps what it sends. */
export function ClusterLayer({ bbox, zoom, filters, onStatus }: { bbox: Bbox; zoom: number; filters: Record<string, string>; onStatus: (s: { failed: boolean; loading: boolean }) => void }) {
  const map = useMap();
  const { locale, t } = useI18n();
  const highlight = useHighlight();
  const query = useQuery({
    queryKey: ["action-clusters", formatBbox(bbox), zoom, filters, locale],
    queryFn: () => fetchClusters(bbox, zoom, filters, locale),
    placeholderData: (previous) => previous,
  });
  const failed = query.isError;
  const loading = query.isFetching;
  useEffect(() => onStatus({ failed, loading }), [failed, loading, onStatus]);
  const data = query.data;
  if (!data) return null;
  const count = clusterCount(locale);
  return (
    <>
      {data.clusters.map((c) => {
        const hit = highlight?.lat != null && highlight.lng != null && bboxContains(c.bbox, highlight.lat, highlight.lng);
        return (
          <Marker
            key={`c:${c.lat},${c.lng},${c.count}`}
            position={[c.lat, c.lng]}
            icon={clusterIcon(c.count, count(c.count), hit)}
            keyboard={false}
            title={t("discover.cluster", { count: c.count })}
            zIndexOffset={hit ? 1000 : 0}
            eventHandlers={{
              click: () => {
                const [minLng, minLat, maxLng, maxLat] = c.bbox;
                const tiny = Math.abs(maxLng - minLng) < 1e-4 && Math.abs(maxLat - minLat) < 1e-4;
                // Actions at one spot never split by zooming: go to where the server sends each
                // one, and they come back as one marker with a list.
                if (tiny) map.setView([c.lat, c.lng], Math.min(Math.max(map.getZoom() + 3, ALL_POINTS_ZOOM), 18));
                else map.fitBounds(bboxToBounds(c.bbox), { padding: [24, 24] });
              },
            }}
          />
        );
      })}
      {groupBySamePlace(data.points).map(({ lat, lng, items }) => {
        if (items.length > 1) {
          const hit = items.some((p) => p.id === highlight?.id);
          return <SamePlaceMarker key={`s:${items[0].id}`} lat={lat} lng={lng} items={items} highlighted={hit} />;
        }
        const p = items[0];
        const hit = highlight?.id === p.id;
        const label = t("discover.marker", { kind: t(`common.kinds.${p.kind}`), title: p.title });
        return (
          <Marker
            key={p.id}
            position={[lat, lng]}
            icon={pointIcon(p.kind, hit, label)}
            keyboard={false}
            title={p.title}
            zIndexOffset={hit ? 1000 : 0}
          >
            <Popup>
              <ActionPopup action={p} />
            </Popup>
          </Marker>
        );
      })}
    </>
  );
}
