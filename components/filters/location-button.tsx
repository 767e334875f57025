"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, useTransition } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { type HomeQuery, homeSearch } from "@/lib/discovery-ui/home-query";

type Status = "idle" | "locating" | "denied" | "unsupported";

/** Rounded to 2 decimals (about 1 km): enough to sort by distance, too coarse to point at a home. */
const coarse = (n: number) => Math.round(n * 100) / 100;
const noop = () => () => {};

export function LocationButton({ query, radiusKm }: { query: HomeQuery; radiusKm: number }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [status, setStatus] = useState<Status>("idle");
  const [pending, startTransition] = useTransition();
  // Without JavaScript the button could do nothing, so it only appears in a running page.
  const hydrated = useSyncExternalStore(noop, () => true, () => false);

  function locate() {
    if (!("geolocation" in navigator)) {
      setStatus("unsupported");
      return;
    }
    setStatus("locating");
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setStatus("idle");
        const near = { lat: coarse(pos.coords.latitude), lng: coarse(pos.coords.longitude), radiusKm, place: null };
        startTransition(() => router.push(`/${locale}${homeSearch(query, { near, placeQuery: null })}`, { scroll: false }));
      },
      () => setStatus("denied"),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  }

  const busy = status === "locating" || pending;
  if (!hydrated) return null;
  return (
    <div className="location-button">
      <button type="button" className="button button--secondary" onClick={locate} disabled={busy} aria-describedby="location-status">
        {t("discover.near.useLocation")}
      </button>
      <p id="location-status" className={status === "denied" || status === "unsupported" ? "field__error" : "field__hint"} role="status">
        {busy ? t("discover.near.locating") : status === "denied" ? t("discover.near.denied") : status === "unsupported" ? t("discover.near.unsupported") : ""}
      </p>
    </div>
  );
}
