"use client";

import "leaflet/dist/leaflet.css";
import "./map.css";
import type { Map as LeafletMap } from "leaflet";
import { useEffect, useState } from "react";
import { Circle, MapContainer, Marker } from "react-leaflet";
import { pointIcon } from "./marker-icons";
import { Tiles } from "./tiles";

export type LocationMapProps = {
  /** null: no tiles configured (TILE_URL=off); markers show on a plain background. */
  tileUrl: string | null;
  tileAttribution: string;
  lat: number;
  lng: number;
  kind: string;
  /** null: an exact point (marker); a number: only an area of this radius is public (circle, no marker). */
  areaRadiusM: number | null;
  label: string;
  /** Admins only (the review queue): the true point of a hidden location, drawn as a marked pin. */
  hiddenPoint?: { lat: number; lng: number; label: string };
};

/** The action page's small map. Hidden locations arrive already moved; this only draws the circle. */
export default function LocationMap({ tileUrl, tileAttribution, lat, lng, kind, areaRadiusM, label, hiddenPoint }: LocationMapProps) {
  const [map, setMap] = useState<LeafletMap | null>(null);
  useEffect(() => {
    map?.getContainer().setAttribute("aria-label", label);
  }, [map, label]);
  return (
    <div className="discovery-map">
      <MapContainer ref={setMap} className="discovery-map__canvas" center={[lat, lng]} zoom={areaRadiusM ? 13 : 15} scrollWheelZoom={false}>
        <Tiles url={tileUrl} attribution={tileAttribution} />
        {areaRadiusM ? (
          <Circle center={[lat, lng]} radius={areaRadiusM} className="map-area-circle" interactive={false} />
        ) : (
          <Marker position={[lat, lng]} icon={pointIcon(kind, false, label)} keyboard={false} interactive={false} />
        )}
        {hiddenPoint ? (
          <Marker position={[hiddenPoint.lat, hiddenPoint.lng]} icon={pointIcon("hidden", false, hiddenPoint.label)} keyboard={false} interactive={false} />
        ) : null}
      </MapContainer>
    </div>
  );
}
