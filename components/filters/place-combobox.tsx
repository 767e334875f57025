"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { type HomeQuery, homeSearch } from "@/lib/discovery-ui/home-query";
import { regionName } from "@/lib/discovery-ui/language-name";
import { fetchPlaces, type Place } from "./fetch-places";

const noop = () => () => {};

/**
 * The town field. Without JavaScript it is a plain text input the server looks up; with it, an
 * ARIA 1.2 combobox suggesting towns from the offline gazetteer (/api/places) as you type.
 */
export function PlaceCombobox({ query, radiusKm, defaultValue, invalid }: { query: HomeQuery; radiusKm: number; defaultValue: string; invalid: boolean }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const hydrated = useSyncExternalStore(noop, () => true, () => false);
  const [text, setText] = useState(defaultValue);
  const [debounced, setDebounced] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Coordinates stay attached while the text is the chosen place (e.g. to change the radius).
  const [coords, setCoords] = useState(query.near ? { lat: query.near.lat, lng: query.near.lng } : null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    const h = setTimeout(() => setDebounced(text.trim()), 250);
    return () => clearTimeout(h);
  }, [text]);

  const places = useQuery({
    queryKey: ["places", debounced, locale],
    queryFn: () => fetchPlaces(debounced),
    enabled: open && debounced.length >= 2,
    staleTime: 5 * 60_000,
  });
  const items = open && debounced.length >= 2 ? (places.data ?? []) : [];
  const label = (p: Place) => [p.name, p.country ? regionName(p.country, locale) : null].filter(Boolean).join(", ");

  function choose(p: Place) {
    const form = inputRef.current?.form;
    const r = Number((form?.elements.namedItem("radius") as HTMLSelectElement | null)?.value ?? radiusKm);
    setText(label(p));
    setOpen(false);
    setCoords({ lat: p.lat, lng: p.lng });
    const near = { lat: p.lat, lng: p.lng, radiusKm: r, place: label(p) };
    startTransition(() => router.push(`/${locale}${homeSearch(query, { near, placeQuery: null })}`, { scroll: false }));
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      if (items.length) setActive((i) => (e.key === "ArrowDown" ? (i + 1) % items.length : (i - 1 + items.length) % items.length));
    } else if (e.key === "Enter" && open && items[active]) {
      e.preventDefault();
      choose(items[active]);
    } else if (e.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  }

  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const nothingFound = open && debounced.length >= 2 && !places.isFetching && !!places.data && items.length === 0;
  const statusText = places.isError
    ? t("discover.near.placesError")
    : places.isFetching
      ? t("discover.near.searching")
      : open && debounced.length >= 2 && places.data
        ? items.length
          ? t("discover.near.suggestions", { count: items.length })
          : t("discover.near.noPlaces")
        : "";
  return (
    <div className="field place-combobox">
      <label htmlFor={`${id}-input`}>{t("discover.near.place")}</label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        name="place"
        type="text"
        autoComplete="off"
        value={text}
        maxLength={120}
        onChange={(e) => {
          setText(e.target.value);
          setCoords(null);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        role={hydrated ? "combobox" : undefined}
        aria-autocomplete={hydrated ? "list" : undefined}
        aria-expanded={hydrated ? items.length > 0 : undefined}
        aria-controls={hydrated ? listId : undefined}
        aria-activedescendant={active >= 0 && items[active] ? `${id}-opt-${active}` : undefined}
        aria-describedby={invalid ? `${hintId} ${id}-error` : hintId}
        aria-invalid={invalid || undefined}
        aria-busy={pending || undefined}
      />
      <p id={hintId} className="field__hint">
        {t("discover.near.placeHint")}
      </p>
      {invalid ? (
        <p id={`${id}-error`} className="field__error">
          {t("discover.near.noPlaces")}
        </p>
      ) : null}
      {hydrated && coords ? (
        <>
          <input type="hidden" name="lat" value={coords.lat} />
          <input type="hidden" name="lng" value={coords.lng} />
        </>
      ) : null}
      {hydrated ? (
        <>
          <ul id={listId} role="listbox" aria-label={t("discover.near.place")} className="place-combobox__list" hidden={items.length === 0}>
            {items.map((p, i) => (
              <li
                key={`${p.name}-${p.lat}-${p.lng}`}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(p)}
              >
                {label(p)}
              </li>
            ))}
          </ul>
          {/* Seen as well as announced: a reader who typed a town we do not know must not wait for a list. */}
          {nothingFound && !invalid ? <p className="field__error">{t("discover.near.noPlaces")}</p> : null}
          <p className="visually-hidden" role="status">
            {statusText}
          </p>
        </>
      ) : null}
    </div>
  );
}
