"use client";

import "leaflet/dist/leaflet.css";
import L, { type Map as LeafletMap, type Marker as LeafletMarker } from "leaflet";
import { useEffect, useMemo, useRef, useState } from "react";
import { MapContainer, Marker, TileLayer, useMapEvents } from "react-leaflet";

export type LocationPickerMapProps = {
  tileUrl: string | null;
  tileAttribution: string;
  /** Where to look when nothing is chosen yet (the chapter's city). */
  center: { lat: number; lng: number };
  value: { lat: number; lng: number } | null;
  onChange: (point: { lat: number; lng: number }) => void;
  mapLabel: string;
  markerLabel: string;
};

const round = (n: number) => Math.round(n * 1e6) / 1e6;
const wrap = (lng: number) => ((((lng + 180) % 360) + 360) % 360) - 180;

function ClickToPlace({ onChange }: { onChange: LocationPickerMapProps["onChange"] }) {
  useMapEvents({
    click(e) {
      onChange({ lat: round(e.latlng.lat), lng: round(wrap(e.latlng.lng)) });
    },
  });
  return null;
}

/** Click to place, drag to adjust, or focus the marker and nudge it with the arrow keys. */
export default function LocationPickerMap({ tileUrl, tileAttribution, center, value, onChange, mapLabel, markerLabel }: LocationPickerMapProps) {
  const [map, setMap] = useState<LeafletMap | null>(null);
  const markerRef = useRef<LeafletMarker>(null);
  const icon = useMemo(
    () =>
      L.divIcon({
        className: "org-pin",
        html: `<span class="org-pin__dot" aria-hidden="true"></span>`,
        iconSize: [28, 28],
        iconAnchor: [14, 28],
      }),
    [],
  );

  useEffect(() => {
    map?.getContainer().setAttribute("aria-label", mapLabel);
  }, [map, mapLabel]);

  // Follow a place found by search (or typed coordinates) without resetting the zoom.
  useEffect(() => {
    if (map && value && !map.getBounds().pad(-0.2).contains([value.lat, value.lng])) map.setView([value.lat, value.lng], Math.max(map.getZoom(), 13));
  }, [map, value]);

  useEffect(() => {
    const el = markerRef.current?.getElement();
    if (!el || !value || !map) return;
    el.setAttribute("aria-label", markerLabel);
    el.setAttribute("role", "button");
    const onKey = (e: KeyboardEvent) => {
      const step = 40 / 2 ** map.getZoom();
      const moves: Record<string, [number, number]> = { ArrowUp: [step, 0], ArrowDown: [-step, 0], ArrowLeft: [0, -step], ArrowRight: [0, step] };
      const move = moves[e.key];
      if (!move) return;
      e.preventDefault();
      e.stopPropagation();
      onChange({ lat: round(Math.max(-85, Math.min(85, value.lat + move[0]))), lng: round(wrap(value.lng + move[1])) });
    };
    el.addEventListener("keydown", onKey);
    return () => el.removeEventListener("keydown", onKey);
  }, [value, map, markerLabel, onChange]);

  const start = value ?? center;
  return (
    <MapContainer ref={setMap} className="org-map__canvas" center={[start.lat, start.lng]} zoom={value ? 15 : 12} scrollWheelZoom={false}>
      {tileUrl ? <TileLayer url={tileUrl} attribution={tileAttribution} /> : null}
      <ClickToPlace onChange={onChange} />
      {value ? (
        <Marker
          ref={markerRef}
          position={[value.lat, value.lng]}
          icon={icon}
          draggable
          keyboard
          eventHandlers={{
            dragend(e) {
              const p = (e.target as LeafletMarker).getLatLng();
              onChange({ lat: round(p.lat), lng: round(wrap(p.lng)) });
            },
          }}
        />
      ) : null}
    </MapContainer>
  );
}
