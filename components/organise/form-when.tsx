"use client";

import { useMemo } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { timeZoneNames } from "@/lib/organise/zoned-time";
import { Field } from "./field";
import { fieldId } from "./form-state";
import type { SectionProps } from "./section-props";

/** Start and end as wall-clock times in the action's own zone; a series only when creating. */
export function FormWhen({ state, set, err, allowRepeat }: SectionProps & { allowRepeat: boolean }) {
  const { t } = useI18n();
  const zones = useMemo(() => {
    const all = timeZoneNames();
    return all.includes(state.timeZone) ? all : [state.timeZone, ...all];
  }, [state.timeZone]);
  return (
    <fieldset className="org-section">
      <legend>{t("organise.form.sections.when")}</legend>
      <div className="org-row">
        <Field id={fieldId("startsAt")} label={t("organise.form.startsAt")} error={err("startsAt")} required>
          {(a11y) => <input {...a11y} type="datetime-local" value={state.startsAt} onChange={(e) => set({ startsAt: e.target.value })} />}
        </Field>
        <Field id={fieldId("endsAt")} label={t("organise.form.endsAt")} error={err("endsAt")} required>
          {(a11y) => <input {...a11y} type="datetime-local" value={state.endsAt} min={state.startsAt} onChange={(e) => set({ endsAt: e.target.value })} />}
        </Field>
      </div>
      <Field id={fieldId("timeZone")} label={t("organise.form.timeZone")} hint={t("organise.form.timeZoneHint")} error={err("timeZone")} required>
        {(a11y) => (
          <select {...a11y} value={state.timeZone} onChange={(e) => set({ timeZone: e.target.value, zoneTouched: true })}>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z.replace(/_/g, " ")}
              </option>
            ))}
          </select>
        )}
      </Field>
      {allowRepeat ? (
        <div className="org-row">
          <Field id={fieldId("recurrence.freq")} label={t("organise.form.repeat")} hint={t("organise.form.repeatHint")} error={err("recurrence.freq")}>
            {(a11y) => (
              <select {...a11y} value={state.repeat} onChange={(e) => set({ repeat: e.target.value as typeof state.repeat })}>
                <option value="NONE">{t("organise.form.repeatNone")}</option>
                <option value="WEEKLY">{t("organise.form.repeatWeekly")}</option>
                <option value="MONTHLY">{t("organise.form.repeatMonthly")}</option>
              </select>
            )}
          </Field>
          {state.repeat !== "NONE" ? (
            <Field id={fieldId("recurrence.count")} label={t("organise.form.repeatCount")} error={err("recurrence.count")}>
              {(a11y) => <input {...a11y} type="number" inputMode="numeric" min={2} max={26} value={state.repeatCount} onChange={(e) => set({ repeatCount: e.target.value })} />}
            </Field>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
