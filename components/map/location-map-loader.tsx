"use client";

import dynamic from "next/dynamic";
import "./map.css";
import { LazyMap } from "./lazy-map";
import type { LocationMapProps } from "./location-map";
import { MapPlaceholder } from "./map-placeholder";

const LocationMap = dynamic(() => import("./location-map"), { ssr: false, loading: () => <MapPlaceholder /> });

export function LocationMapLoader(props: LocationMapProps) {
  return (
    <div className="location-map">
      <LazyMap>
        <LocationMap {...props} />
      </LazyMap>
    </div>
  );
}
