"use client";

import dynamic from "next/dynamic";
import "./map.css";
import { LazyMap } from "./lazy-map";
import { MapPlaceholder } from "./map-placeholder";
import type { PointsMapProps } from "./points-map";

const PointsMap = dynamic(() => import("./points-map"), { ssr: false, loading: () => <MapPlaceholder /> });

export function PointsMapLoader(props: PointsMapProps) {
  return (
    <LazyMap askOnPhones>
      <PointsMap {...props} />
    </LazyMap>
  );
}
