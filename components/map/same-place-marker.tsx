"use client";

import Link from "next/link";
import { Marker, Popup } from "react-leaflet";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatDateTime } from "@/lib/i18n/format";
import { stackIcon } from "./marker-icons";

export type PlaceItem = { id: string; slug: string; kind: string; title: string; startsAt: string; timeZone: string };

/** One marker for several actions at the same spot; its popup lists each one with a link. */
export function SamePlaceMarker({ lat, lng, items, highlighted = false }: { lat: number; lng: number; items: PlaceItem[]; highlighted?: boolean }) {
  const { locale, t } = useI18n();
  const label = t("discover.samePlace", { count: items.length });
  return (
    <Marker position={[lat, lng]} icon={stackIcon(new Intl.NumberFormat(locale).format(items.length), label, highlighted)} keyboard={false} title={label} zIndexOffset={highlighted ? 1000 : 0}>
      <Popup maxHeight={320}>
        <div className="map-popup">
          <p className="map-popup__title">{label}</p>
          <ul className="map-popup__list">
            {items.map((a) => (
              <li key={a.id}>
                <span className={`kind-badge kind-badge--${a.kind.toLowerCase()}`}>{t(`common.kinds.${a.kind as "RALLY"}`)}</span>
                <Link className="map-popup__link" href={`/${locale}/actions/${a.slug}`} dir="auto">
                  {a.title}
                </Link>
                <time dateTime={a.startsAt}>{formatDateTime(a.startsAt, locale, a.timeZone)}</time>
              </li>
            ))}
          </ul>
        </div>
      </Popup>
    </Marker>
  );
}
