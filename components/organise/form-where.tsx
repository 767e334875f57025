"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { nearestTimeZone } from "@/lib/organise/zone-lookup";
import { Field } from "./field";
import { fieldId } from "./form-state";
import { LocationPicker } from "./location-picker";
import { PlaceSearch } from "./place-search";
import type { SectionProps } from "./section-props";

const MODES = ["IN_PERSON", "ONLINE", "HYBRID"] as const;
const PRIVACY = ["EXACT", "APPROXIMATE", "REVEAL_TO_ATTENDEES"] as const;

type Props = SectionProps & { tiles: { url: string | null; attribution: string }; center: { lat: number; lng: number } };

export function FormWhere({ state, set, err, tiles, center }: Props) {
  const { t } = useI18n();
  const place = (p: { lat: number; lng: number }) =>
    // The zone follows the place until the organiser sets it themselves.
    set({ lat: p.lat, lng: p.lng, ...(state.zoneTouched ? {} : { timeZone: nearestTimeZone(p.lat, p.lng) }) });
  const locationError = err("location") ?? err("lat") ?? err("lng");
  return (
    <fieldset className="org-section">
      <legend>{t("organise.form.sections.where")}</legend>
      <fieldset className="org-choice">
        <legend>{t("organise.form.mode")}</legend>
        {MODES.map((m) => (
          <label key={m} className="org-choice__option">
            <input type="radio" name="mode" value={m} checked={state.mode === m} onChange={() => set({ mode: m })} />
            {t(`common.modes.${m}`)}
          </label>
        ))}
      </fieldset>
      {state.mode !== "IN_PERSON" ? (
        <Field id={fieldId("onlineUrl")} label={t("organise.form.onlineUrl")} error={err("onlineUrl")} required>
          {(a11y) => <input {...a11y} type="url" inputMode="url" value={state.onlineUrl} onChange={(e) => set({ onlineUrl: e.target.value })} />}
        </Field>
      ) : null}
      {state.mode !== "ONLINE" ? (
        <>
          <div className="org-row">
            <Field id={fieldId("venue")} label={t("organise.form.venue")} error={err("venue")}>
              {(a11y) => <input {...a11y} type="text" value={state.venue} onChange={(e) => set({ venue: e.target.value })} />}
            </Field>
            <Field id={fieldId("address")} label={t("organise.form.address")} error={err("address")}>
              {(a11y) => <input {...a11y} type="text" value={state.address} onChange={(e) => set({ address: e.target.value })} />}
            </Field>
          </div>
          <div className={`org-field${locationError ? " org-field--error" : ""}`} id={fieldId("location")} tabIndex={-1}>
            <p className="org-label" id="location-label">
              {t("organise.form.location")} <span aria-hidden="true">*</span>
            </p>
            <p className="org-field__hint">{t("organise.form.locationHint")}</p>
            <PlaceSearch onPick={place} />
            <LocationPicker tileUrl={tiles.url} tileAttribution={tiles.attribution} center={center} value={state.lat !== null && state.lng !== null ? { lat: state.lat, lng: state.lng } : null} onChange={place} />
            {locationError ? <p className="org-field__error">{locationError}</p> : null}
            {state.lat !== null ? (
              <button type="button" className="button button--secondary" onClick={() => set({ lat: null, lng: null })}>
                {t("organise.form.clearLocation")}
              </button>
            ) : null}
          </div>
          <fieldset className="org-choice">
            <legend>{t("organise.form.privacy")}</legend>
            {PRIVACY.map((p) => (
              <label key={p} className="org-choice__option">
                <input type="radio" name="locationPrivacy" value={p} checked={state.locationPrivacy === p} onChange={() => set({ locationPrivacy: p })} />
                {t(`organise.form.privacyOptions.${p}`)}
              </label>
            ))}
          </fieldset>
          {state.locationPrivacy === "REVEAL_TO_ATTENDEES" ? (
            <Field id={fieldId("revealHoursBefore")} label={t("organise.form.revealHours")} error={err("revealHoursBefore")}>
              {(a11y) => <input {...a11y} type="number" inputMode="numeric" min={0} max={168} value={state.revealHoursBefore} onChange={(e) => set({ revealHoursBefore: e.target.value })} />}
            </Field>
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}
