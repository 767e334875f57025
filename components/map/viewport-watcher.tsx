"use client";

import type { LatLngBoundsExpression, LatLngTuple } from "leaflet";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useTransition } from "react";
import { useMap, useMapEvents } from "react-leaflet";
import type { Near } from "@/lib/discovery-ui/home-query";
import { type Bbox, bboxToBounds, boundsToBbox, formatBbox } from "@/lib/discovery-ui/viewport";
import { setUpdating } from "./discovery-bus";

type Start = { center?: LatLngTuple; zoom?: number; bounds?: LatLngBoundsExpression };
/** Every inhabited continent, whatever the map's size (Leaflet picks the zoom that fits). */
const WORLD: Start = { bounds: [[-45, -130], [65, 150]] };
/** Parameters that describe another view; a map move replaces them with bbox/zoom. */
const OTHER_VIEW = ["cursor", "lat", "lng", "radius", "place"];

export function nearBounds(near: Near): LatLngBoundsExpression {
  const dLat = near.radiusKm / 111;
  const dLng = near.radiusKm / (111 * Math.max(Math.cos((near.lat * Math.PI) / 180), 0.05));
  return [
    [near.lat - dLat, near.lng - dLng],
    [near.lat + dLat, near.lng + dLng],
  ];
}

export function initialView(view: { bbox: Bbox; zoom: number | null } | null, near: Near | null): Start {
  if (near) return { bounds: nearBounds(near) };
  if (view && view.zoom !== null) {
    const [[s, w], [n, e]] = bboxToBounds(view.bbox);
    return { center: [(s + n) / 2, (w + e) / 2], zoom: view.zoom };
  }
  if (view) return { bounds: bboxToBounds(view.bbox) };
  return WORLD;
}

type View = { bbox: Bbox; zoom: number | null } | null;

function navKey(view: View, near: Near | null): string {
  if (near) return `near:${near.lat},${near.lng},${near.radiusKm}`;
  return view ? `view:${formatBbox(view.bbox)}|${view.zoom ?? ""}` : "world";
}

/**
 * Reports the visible area to the cluster layer and, on the home page, writes it to the URL so
 * the server-rendered list follows the map. When the URL changes by other means (a place chosen,
 * "show everywhere", the back button) the map follows it instead; those moves are not written back.
 */
export function ViewportWatcher({ view, near, syncUrl, onViewport }: { view: View; near: Near | null; syncUrl: boolean; onViewport: (v: { bbox: Bbox; zoom: number }) => void }) {
  const map = useMap();
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const quietUntil = useRef(0);

  const current = () => {
    const b = map.getBounds();
    return { bbox: boundsToBbox(b.getWest(), b.getSouth(), b.getEast(), b.getNorth()), zoom: map.getZoom() };
  };

  useEffect(() => {
    onViewport(current());
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only once, on mount: later views arrive through moveend
  }, []);

  useEffect(() => setUpdating(pending), [pending]);

  // What the URL says the map shows; moves we wrote ourselves are already there.
  const key = navKey(view, near);
  const shown = useRef(key);
  useEffect(() => {
    if (key === shown.current) return;
    shown.current = key;
    quietUntil.current = Date.now() + 1500;
    const target = initialView(view, near);
    if (target.center && target.zoom !== undefined) map.setView(target.center, target.zoom);
    else if (target.bounds) map.fitBounds(target.bounds);
  }, [key, view, near, map]);

  useMapEvents({
    moveend: () => {
      const v = current();
      onViewport(v);
      if (!syncUrl || Date.now() < quietUntil.current) return;
      const params = new URLSearchParams(window.location.search);
      OTHER_VIEW.forEach((k) => params.delete(k));
      params.set("bbox", formatBbox(v.bbox));
      params.set("zoom", String(v.zoom));
      shown.current = navKey({ bbox: v.bbox, zoom: v.zoom }, null);
      startTransition(() => router.replace(`${pathname}?${params}`, { scroll: false }));
    },
  });
  return null;
}
