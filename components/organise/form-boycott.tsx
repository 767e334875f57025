"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Field } from "./field";
import { fieldId, type TargetRow } from "./form-state";
import type { SectionProps } from "./section-props";

const TARGET_KINDS = ["BRAND", "COMPANY", "PRODUCT", "VENUE"] as const;

/** Who to boycott, why (with sources) and what to buy instead. */
export function FormBoycott({ state, set, err }: SectionProps) {
  const { t } = useI18n();
  const setTarget = (i: number, patch: Partial<TargetRow>) => set({ targets: state.targets.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const listError = err("targets");
  return (
    <fieldset className="org-section" id={fieldId("targets")} tabIndex={-1}>
      <legend>{t("organise.form.sections.boycott")}</legend>
      {listError ? <p className="org-field__error">{listError}</p> : null}
      <ol className="org-repeat">
        {state.targets.map((x, i) => (
          <li key={i} className="org-repeat__item">
            <div className="org-row">
              <Field id={fieldId(`targets.${i}.name`)} label={t("organise.form.targetName")} error={err(`targets.${i}.name`)} required>
                {(a11y) => <input {...a11y} type="text" value={x.name} onChange={(e) => setTarget(i, { name: e.target.value })} />}
              </Field>
              <Field id={fieldId(`targets.${i}.kind`)} label={t("organise.form.targetKind")} error={err(`targets.${i}.kind`)}>
                {(a11y) => (
                  <select {...a11y} value={x.kind} onChange={(e) => setTarget(i, { kind: e.target.value as TargetRow["kind"] })}>
                    {TARGET_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`organise.form.targetKinds.${k}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <Field id={fieldId(`targets.${i}.reason`)} label={t("organise.form.targetReason")} error={err(`targets.${i}.reason`)} required>
              {(a11y) => <textarea {...a11y} rows={3} value={x.reason} onChange={(e) => setTarget(i, { reason: e.target.value })} />}
            </Field>
            <div className="org-row">
              <Field id={fieldId(`targets.${i}.sourceUrls`)} label={t("organise.form.targetSources")} error={err(`targets.${i}.sourceUrls`) ?? err(`targets.${i}.sourceUrls.0`)}>
                {(a11y) => <textarea {...a11y} rows={3} value={x.sourceUrls} onChange={(e) => setTarget(i, { sourceUrls: e.target.value })} />}
              </Field>
              <Field id={fieldId(`targets.${i}.alternatives`)} label={t("organise.form.targetAlternatives")} error={err(`targets.${i}.alternatives`)}>
                {(a11y) => <textarea {...a11y} rows={3} value={x.alternatives} onChange={(e) => setTarget(i, { alternatives: e.target.value })} />}
              </Field>
            </div>
            <button type="button" className="button button--secondary" aria-label={t("organise.form.removeNumbered", { n: i + 1 })} onClick={() => set({ targets: state.targets.filter((_, j) => j !== i) })}>
              {t("organise.form.remove")}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--secondary" onClick={() => set({ targets: [...state.targets, { name: "", kind: "BRAND", reason: "", sourceUrls: "", alternatives: "" }] })}>
        {t("organise.form.addTarget")}
      </button>
    </fieldset>
  );
}
