import Form from "next/form";
import Link from "next/link";
import { apiFilterParams, type HomeQuery, homeSearch, RADII } from "@/lib/discovery-ui/home-query";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { LocationButton } from "./location-button";
import { PlaceCombobox } from "./place-combobox";
import "./filters.css";

/**
 * "Near me": a town from the offline gazetteer (typed and sent without JavaScript; picked from
 * suggestions with it) or the browser's location, and a radius. Results come back nearest first.
 */
export function NearMe({ query, locale, t, placeNotFound }: { query: HomeQuery; locale: Locale; t: Translate; placeNotFound: boolean }) {
  const radius = query.near?.radiusKm ?? query.radiusKm;
  // The page's own filter parameters ride along; the date preset is "date" here, "when" in the API.
  const hidden = Object.entries(apiFilterParams(query)).filter(([k]) => k !== "when");
  if (query.date !== "upcoming") hidden.push(["date", query.date]);
  // A disclosure too, closed on load so the list comes first (the list's heading names the place),
  // unless a typed town was not found: then the message beside the field must be seen.
  return (
    <details className="near-panel" open={placeNotFound}>
      <summary>
        <h2 id="near-heading" className="filter-form__heading">
          {t("discover.near.heading")}
        </h2>
      </summary>
      <Form action={`/${locale}`} className="near-me" aria-labelledby="near-heading">
        {hidden.map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <div className="near-me__row">
          <PlaceCombobox
            query={query}
            radiusKm={radius}
            defaultValue={query.near?.place ?? query.placeQuery ?? ""}
            invalid={placeNotFound}
          />
          <div className="field">
            <label htmlFor="near-radius">{t("discover.near.radius")}</label>
            <select id="near-radius" name="radius" defaultValue={String(radius)}>
              {RADII.map((r) => (
                <option key={r} value={r}>
                  {t("discover.near.radiusKm", { km: r })}
                </option>
              ))}
            </select>
          </div>
          <div className="near-me__submit">
            <button type="submit" className="button">
              {t("discover.near.search")}
            </button>
          </div>
        </div>
        <LocationButton query={query} radiusKm={radius} />
        <p className="field__hint">{t("discover.near.privacy")}</p>
        {query.near || query.placeQuery ? (
          <p>
            <Link href={`/${locale}${homeSearch({ ...query, near: null, placeQuery: null, view: null })}`}>{t("discover.near.clear")}</Link>
          </p>
        ) : null}
      </Form>
    </details>
  );
}
