import { LocationMapLoader } from "@/components/map/location-map-loader";
import type { PublicActionDetail } from "@/lib/discovery";
import { safeUrl } from "@/lib/discovery-ui/safe-url";
import type { Translate } from "@/lib/i18n/translator";

type Tiles = { url: string | null; attribution: string };

/**
 * Where it happens. Exact places get a marker; hidden ones only the ~1 km circle around their
 * already-moved public point (the true point never reaches this page); online ones no map.
 */
export function ActionLocation({ action, tiles, t }: { action: PublicActionDetail; tiles: Tiles; t: Translate }) {
  const hasPlace = action.mode !== "ONLINE" && action.lat !== null && action.lng !== null;
  const hidden = action.locationPrivacy !== "EXACT";
  const onlineUrl = safeUrl(action.onlineUrl);
  return (
    <section className="action-section" aria-labelledby="where-heading">
      <h2 id="where-heading">{t("action.location.heading")}</h2>
      {action.mode !== "IN_PERSON" ? (
        <p>
          {t("action.location.online")}{" "}
          {onlineUrl ? (
            <a href={onlineUrl} rel="noopener noreferrer nofollow" target="_blank">
              {t("action.location.joinOnline")}
            </a>
          ) : (
            t("action.location.onlineLater")
          )}
        </p>
      ) : null}
      {action.mode !== "ONLINE" && (action.venue || action.address) ? (
        <address className="action-address" dir="auto">
          {action.venue ? <strong>{action.venue}</strong> : null}
          {action.venue && action.address ? <br /> : null}
          {action.address}
        </address>
      ) : null}
      {action.mode !== "ONLINE" && action.locationPrivacy === "APPROXIMATE" ? <p className="notice">{t("action.location.approximate")}</p> : null}
      {action.mode !== "ONLINE" && action.locationPrivacy === "REVEAL_TO_ATTENDEES" ? (
        <p className="notice">
          {action.revealHoursBefore
            ? t("action.location.reveal", { count: action.revealHoursBefore })
            : t("action.location.revealUnspecified")}
        </p>
      ) : null}
      {hasPlace ? (
        <LocationMapLoader
          tileUrl={tiles.url}
          tileAttribution={tiles.attribution}
          lat={action.lat as number}
          lng={action.lng as number}
          kind={action.kind}
          areaRadiusM={hidden ? (action.areaRadiusM ?? 1000) : null}
          label={hidden ? t("action.location.areaMap") : t("action.location.map")}
        />
      ) : action.mode === "IN_PERSON" ? (
        <p className="muted">{t("action.location.noPlace")}</p>
      ) : null}
    </section>
  );
}
