"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { LanguageOption } from "@/lib/organise/language-options";
import { fieldId } from "./form-state";

type Props = {
  value: string[];
  onChange: (codes: string[]) => void;
  options: { common: LanguageOption[]; more: LanguageOption[] };
  error?: string;
};

/** Languages spoken at the action, ticked by name in the reader's language rather than typed as codes. */
export function LanguagePicker({ value, onChange, options, error }: Props) {
  const { t } = useI18n();
  // A language added from the longer list stays a checkbox, so unticking it is the same gesture.
  const [added, setAdded] = useState<LanguageOption[]>(() => options.more.filter((o) => value.includes(o.code)));
  const shown = [...options.common, ...added];
  const toggle = (code: string, on: boolean) => onChange(on ? [...value, code] : value.filter((c) => c !== code));
  const id = fieldId("languages");
  return (
    <fieldset className="org-choice org-languages" id={id} tabIndex={-1} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}>
      <legend>{t("organise.form.languages")}</legend>
      <p id={`${id}-hint`} className="org-field__hint org-languages__hint">
        {t("organise.form.languagesHint")}
      </p>
      {shown.map((o) => (
        <label key={o.code} className="org-choice__option">
          <input type="checkbox" checked={value.includes(o.code)} onChange={(e) => toggle(o.code, e.target.checked)} />
          <span>{o.name}</span>
        </label>
      ))}
      <div className="org-field org-languages__more">
        <label htmlFor={`${id}-more`}>{t("organise.form.otherLanguage")}</label>
        <select
          id={`${id}-more`}
          value=""
          onChange={(e) => {
            const picked = options.more.find((o) => o.code === e.target.value);
            if (!picked) return;
            if (!added.some((o) => o.code === picked.code)) setAdded([...added, picked]);
            if (!value.includes(picked.code)) onChange([...value, picked.code]);
          }}
        >
          <option value="">{t("organise.form.otherLanguageNone")}</option>
          {options.more
            .filter((o) => !added.some((a) => a.code === o.code))
            .map((o) => (
              <option key={o.code} value={o.code}>
                {o.name}
              </option>
            ))}
        </select>
      </div>
      {error ? (
        <p id={`${id}-error`} className="org-field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
