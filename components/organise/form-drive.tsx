"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Field } from "./field";
import { fieldId, type DropOffRow, type NeedRow } from "./form-state";
import type { SectionProps } from "./section-props";

/** Money goal and the lists a donation drive needs: items wanted and where to bring them. */
export function FormDrive({ state, set, err }: SectionProps) {
  const { t } = useI18n();
  const setNeed = (i: number, patch: Partial<NeedRow>) => set({ needs: state.needs.map((n, j) => (j === i ? { ...n, ...patch } : n)) });
  const setDrop = (i: number, patch: Partial<DropOffRow>) => set({ dropOffs: state.dropOffs.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  return (
    <fieldset className="org-section">
      <legend>{t("organise.form.sections.drive")}</legend>
      <div className="org-row">
        <Field id={fieldId("goalMinor")} label={t("organise.form.goal")} error={err("goalMinor")}>
          {(a11y) => <input {...a11y} type="number" inputMode="decimal" min={0} step="any" value={state.goal} onChange={(e) => set({ goal: e.target.value })} />}
        </Field>
        <Field id={fieldId("currency")} label={t("organise.form.currency")} hint={t("organise.form.currencyHint")} error={err("currency")}>
          {(a11y) => <input {...a11y} type="text" maxLength={3} autoCapitalize="characters" value={state.currency} onChange={(e) => set({ currency: e.target.value.toUpperCase() })} />}
        </Field>
      </div>
      <Field id={fieldId("donationUrl")} label={t("organise.form.donationUrl")} error={err("donationUrl")}>
        {(a11y) => <input {...a11y} type="url" inputMode="url" value={state.donationUrl} onChange={(e) => set({ donationUrl: e.target.value })} />}
      </Field>

      <h3>{t("organise.form.needs")}</h3>
      <ol className="org-repeat">
        {state.needs.map((n, i) => (
          <li key={n.id ?? `new-${i}`} className="org-row">
            <Field id={fieldId(`needs.${i}.item`)} label={t("organise.form.needItem")} error={err(`needs.${i}.item`)} required>
              {(a11y) => <input {...a11y} type="text" value={n.item} onChange={(e) => setNeed(i, { item: e.target.value })} />}
            </Field>
            <Field id={fieldId(`needs.${i}.quantity`)} label={t("organise.form.needQuantity")} error={err(`needs.${i}.quantity`)} required>
              {(a11y) => <input {...a11y} type="number" inputMode="numeric" min={1} value={n.quantity} onChange={(e) => setNeed(i, { quantity: e.target.value })} />}
            </Field>
            <Field id={fieldId(`needs.${i}.unit`)} label={t("organise.form.needUnit")} error={err(`needs.${i}.unit`)}>
              {(a11y) => <input {...a11y} type="text" value={n.unit} onChange={(e) => setNeed(i, { unit: e.target.value })} />}
            </Field>
            <button type="button" className="button button--secondary" aria-label={t("organise.form.removeNumbered", { n: i + 1 })} onClick={() => set({ needs: state.needs.filter((_, j) => j !== i) })}>
              {t("organise.form.remove")}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--secondary" onClick={() => set({ needs: [...state.needs, { item: "", quantity: "1", unit: "" }] })}>
        {t("organise.form.addNeed")}
      </button>

      <h3>{t("organise.form.dropOffs")}</h3>
      <ol className="org-repeat">
        {state.dropOffs.map((d, i) => (
          <li key={i} className="org-repeat__item">
            <div className="org-row">
              <Field id={fieldId(`dropOffs.${i}.name`)} label={t("organise.form.dropOffName")} error={err(`dropOffs.${i}.name`)} required>
                {(a11y) => <input {...a11y} type="text" value={d.name} onChange={(e) => setDrop(i, { name: e.target.value })} />}
              </Field>
              <Field id={fieldId(`dropOffs.${i}.address`)} label={t("organise.form.dropOffAddress")} error={err(`dropOffs.${i}.address`)} required>
                {(a11y) => <input {...a11y} type="text" value={d.address} onChange={(e) => setDrop(i, { address: e.target.value })} />}
              </Field>
              <Field id={fieldId(`dropOffs.${i}.openingHours`)} label={t("organise.form.dropOffHours")} error={err(`dropOffs.${i}.openingHours`)}>
                {(a11y) => <input {...a11y} type="text" value={d.openingHours} onChange={(e) => setDrop(i, { openingHours: e.target.value })} />}
              </Field>
            </div>
            <p className={err(`dropOffs.${i}.lat`) ? "org-field__error" : "muted"}>
              {d.lat !== null && d.lng !== null ? `${d.lat.toFixed(5)}, ${d.lng.toFixed(5)}` : (err(`dropOffs.${i}.lat`) ?? t("organise.form.locationNone"))}
            </p>
            <div className="org-buttons">
              <button type="button" className="button button--secondary" disabled={state.lat === null} onClick={() => setDrop(i, { lat: state.lat, lng: state.lng })}>
                {t("organise.form.dropOffUseMap")}
              </button>
              <button type="button" className="button button--secondary" aria-label={t("organise.form.removeNumbered", { n: i + 1 })} onClick={() => set({ dropOffs: state.dropOffs.filter((_, j) => j !== i) })}>
                {t("organise.form.remove")}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => set({ dropOffs: [...state.dropOffs, { name: state.venue, address: state.address, lat: state.lat, lng: state.lng, openingHours: "" }] })}
      >
        {t("organise.form.addDropOff")}
      </button>
    </fieldset>
  );
}
