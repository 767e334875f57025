import { LocationMapLoader } from "@/components/map/location-map-loader";
import { APPROXIMATE_RADIUS_M } from "@/lib/geo/public-location";
import type { Translate } from "@/lib/i18n/translator";
import type { QueueItem } from "./review-item-view";

type Tiles = { url: string | null; attribution: string };

/**
 * The action page's own small map, drawn from the point the public will see (a pin, or the
 * circle around a moved point); the true point of a hidden place is added as a marked pin,
 * because only admins read this queue.
 */
export function ReviewPlace({ item, tiles, t }: { item: QueueItem; tiles: Tiles; t: Translate }) {
  if (item.mode === "ONLINE") return null;
  const place = item.place;
  const hidden = item.locationPrivacy !== "EXACT";
  return (
    <section className="review-item__place" aria-label={t("admin.review.placeHeading")}>
      <h3>{t("admin.review.placeHeading")}</h3>
      {place ? (
        <>
          <LocationMapLoader
            tileUrl={tiles.url}
            tileAttribution={tiles.attribution}
            lat={place.publicLat}
            lng={place.publicLng}
            kind={item.kind}
            areaRadiusM={hidden ? APPROXIMATE_RADIUS_M : null}
            label={t("admin.review.mapLabel")}
            hiddenPoint={hidden && place.lat !== null && place.lng !== null ? { lat: place.lat, lng: place.lng, label: t("admin.review.hiddenPin") } : undefined}
          />
          <p className="muted">{t(hidden ? "admin.review.mapArea" : "admin.review.mapExact")}</p>
          {hidden ? <p className="muted">{t("admin.review.mapHidden")}</p> : null}
        </>
      ) : (
        <p className="muted">{t("admin.review.noPlace")}</p>
      )}
    </section>
  );
}
