"use client";

import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useId, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { regionName } from "@/lib/discovery-ui/language-name";

type Place = { name: string; country: string; lat: number; lng: number };

/** Offline gazetteer (our own /api/places): searching a town never leaves the server. */
export function PlaceSearch({ onPick }: { onPick: (p: Place) => void }) {
  const { locale, t } = useI18n();
  const id = useId();
  const [q, setQ] = useState("");
  const deferred = useDeferredValue(q.trim());
  const { data, isFetching } = useQuery({
    queryKey: ["places", deferred],
    enabled: deferred.length >= 2,
    staleTime: 86_400_000,
    queryFn: async ({ signal }) => {
      const res = await fetch(`/api/places?q=${encodeURIComponent(deferred)}&limit=6`, { signal });
      if (!res.ok) return [] as Place[];
      const body = (await res.json()) as Place[] | { items: Place[] };
      return Array.isArray(body) ? body : body.items;
    },
  });
  const places = deferred.length >= 2 ? (data ?? []) : [];
  return (
    <div className="org-place-search">
      <label htmlFor={id}>{t("organise.form.searchPlace")}</label>
      <input id={id} type="search" value={q} onChange={(e) => setQ(e.target.value)} aria-describedby={`${id}-hint`} autoComplete="off" />
      <p id={`${id}-hint`} className="org-field__hint">
        {t("organise.form.searchPlaceHint")}
      </p>
      <div aria-live="polite">
        {isFetching ? <p className="muted">{t("organise.form.searching")}</p> : null}
        {!isFetching && deferred.length >= 2 && places.length === 0 ? <p className="muted">{t("organise.form.noPlaces")}</p> : null}
      </div>
      {places.length ? (
        <ul className="org-place-search__results">
          {places.map((p) => (
            <li key={`${p.name}-${p.lat}-${p.lng}`}>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  onPick(p);
                  setQ("");
                }}
              >
                <bdi>{p.name}</bdi>, {regionName(p.country, locale)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
