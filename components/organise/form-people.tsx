"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import type { FormOptions } from "@/lib/organise/form-options";
import { Field } from "./field";
import { fieldId } from "./form-state";
import { ImageField } from "./image-field";
import { LanguagePicker } from "./language-picker";
import type { SectionProps } from "./section-props";

/** Capacity (rallies), languages spoken, accessibility, the safety block, data retention and the image. */
export function FormPeople({ state, set, err, languages }: SectionProps & { languages: FormOptions["languages"] }) {
  const { t } = useI18n();
  const text = (key: "accessibilityNotes" | "legalObserver" | "safetyHotline" | "knowYourRightsUrl", label: string, type = "text") => (
    <Field id={fieldId(key)} label={label} error={err(key)}>
      {(a11y) => <input {...a11y} type={type} value={state[key]} onChange={(e) => set({ [key]: e.target.value })} />}
    </Field>
  );
  return (
    <>
      {state.kind === "RALLY" ? (
        <fieldset className="org-section">
          <legend>{t("organise.form.sections.rally")}</legend>
          <Field id={fieldId("capacity")} label={t("organise.form.capacity")} hint={t("organise.form.capacityHint")} error={err("capacity")}>
            {(a11y) => <input {...a11y} type="number" inputMode="numeric" min={1} value={state.capacity} onChange={(e) => set({ capacity: e.target.value })} />}
          </Field>
        </fieldset>
      ) : null}
      <fieldset className="org-section">
        <legend>{t("organise.form.sections.people")}</legend>
        <LanguagePicker value={state.languages} onChange={(languages) => set({ languages })} options={languages} error={err("languages") ?? err("languages.0")} />
        {text("accessibilityNotes", t("organise.form.accessibility"))}
        <div className="org-row">
          {text("legalObserver", t("organise.form.legalObserver"))}
          {text("safetyHotline", t("organise.form.safetyHotline"), "tel")}
        </div>
        {text("knowYourRightsUrl", t("organise.form.knowYourRights"), "url")}
        <Field id={fieldId("safetyNotes")} label={t("organise.form.safetyNotes")} error={err("safetyNotes")}>
          {(a11y) => <textarea {...a11y} rows={3} value={state.safetyNotes} onChange={(e) => set({ safetyNotes: e.target.value })} />}
        </Field>
      </fieldset>
      <fieldset className="org-section">
        <legend>{t("organise.form.sections.privacy")}</legend>
        <Field id={fieldId("retentionDays")} label={t("organise.form.retentionDays")} hint={t("organise.form.retentionHint")} error={err("retentionDays")}>
          {(a11y) => <input {...a11y} type="number" inputMode="numeric" min={0} max={3650} value={state.retentionDays} onChange={(e) => set({ retentionDays: e.target.value })} />}
        </Field>
        <ImageField value={state.imagePath} onChange={(imagePath) => set({ imagePath })} error={err("imagePath")} />
      </fieldset>
    </>
  );
}
