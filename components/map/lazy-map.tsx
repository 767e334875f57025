"use client";

import { type ReactNode, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";

/** Where the map would take the list's place: there it waits to be asked for. */
const PHONE = "(max-width: 40rem)";
const noop = () => () => {};

/**
 * Leaflet (~45 kB) and its tiles are fetched only when the map is about to scroll into view, and
 * on a phone (`askOnPhones`) only once the reader taps "Show the map": the list comes first, and
 * nothing competes with it for a slow connection or a slow CPU right after the page loads.
 * `children` is the lazily imported map; rendering it is what starts the download.
 */
export function LazyMap({ children, askOnPhones = false }: { children: ReactNode; askOnPhones?: boolean }) {
  const { t } = useI18n();
  const hydrated = useSyncExternalStore(noop, () => true, () => false);
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  const [asked, setAsked] = useState(false);
  const [phone] = useState(() => askOnPhones && typeof window !== "undefined" && window.matchMedia(PHONE).matches);

  useEffect(() => {
    const el = box.current;
    if (!el || visible) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setVisible(true), { rootMargin: "200px" });
    io.observe(el);
    return () => io.disconnect();
  }, [visible]);

  if (asked || (visible && !phone)) return <>{children}</>;
  return (
    <div ref={box} className="map-placeholder" data-map-waiting>
      {!hydrated ? (
        <noscript>{t("discover.mapNeedsJs")}</noscript>
      ) : phone ? (
        <button type="button" className="button map-placeholder__show" onClick={() => setAsked(true)}>
          {t("discover.showMap")}
        </button>
      ) : (
        <span role="status">{t("discover.mapLoading")}</span>
      )}
    </div>
  );
}
