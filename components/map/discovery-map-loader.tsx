"use client";

import dynamic from "next/dynamic";
import "./map.css";
import type { DiscoveryMapProps } from "./discovery-map";
import { LazyMap } from "./lazy-map";
import { MapPlaceholder } from "./map-placeholder";

/** Leaflet needs `window`; loading it after the page lets the list work first (and without JS). */
const DiscoveryMap = dynamic(() => import("./discovery-map"), { ssr: false, loading: () => <MapPlaceholder /> });

export function DiscoveryMapLoader(props: DiscoveryMapProps) {
  return (
    <LazyMap askOnPhones>
      <DiscoveryMap {...props} />
    </LazyMap>
  );
}
