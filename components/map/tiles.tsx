"use client";

import { useRef, useState } from "react";
import { TileLayer } from "react-leaflet";

/**
 * The map's tiles, or nothing: with TILE_URL=off, or once the first tiles all fail (the provider
 * or our proxy unreachable), the markers stay on the plain background instead of every further
 * pan asking again for tiles that will not come.
 */
export function Tiles({ url, attribution }: { url: string | null; attribution: string }) {
  const [gaveUp, setGaveUp] = useState(false);
  const seen = useRef({ loaded: 0, failed: 0 });
  if (!url || gaveUp) return null;
  return (
    <TileLayer
      url={url}
      attribution={attribution}
      eventHandlers={{
        tileload: () => {
          seen.current.loaded++;
        },
        tileerror: () => {
          if (++seen.current.failed >= 4 && seen.current.loaded === 0) setGaveUp(true);
        },
      }}
    />
  );
}
