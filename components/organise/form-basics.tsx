"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import type { ChapterOption, StatementOption } from "@/lib/organise/form-options";
import { Field } from "./field";
import { fieldId } from "./form-state";
import { MarkdownEditor } from "./markdown-editor";
import type { SectionProps } from "./section-props";

const KINDS = ["RALLY", "DONATION_DRIVE", "BOYCOTT"] as const;

type Props = SectionProps & {
  chapters: ChapterOption[];
  statements: StatementOption[];
  /** Editing: the chapter is fixed and the kind only changes while a draft. */
  editing: boolean;
  kindLocked: boolean;
  onChapter: (chapter: ChapterOption) => void;
};

export function FormBasics({ state, set, err, chapters, statements, editing, kindLocked, onChapter }: Props) {
  const { t } = useI18n();
  return (
    <fieldset className="org-section">
      <legend>{t("organise.form.sections.basics")}</legend>
      {!editing && chapters.length > 1 ? (
        <Field id={fieldId("chapterId")} label={t("organise.form.chapter")} error={err("chapterId")} required>
          {(a11y) => (
            <select {...a11y} value={state.chapterId} onChange={(e) => onChapter(chapters.find((c) => c.id === e.target.value)!)}>
              {chapters.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <fieldset className="org-choice" aria-describedby={kindLocked ? "kind-locked" : undefined}>
        <legend>{t("organise.form.kind")}</legend>
        {KINDS.map((k) => (
          <label key={k} className="org-choice__option">
            <input type="radio" name="kind" value={k} checked={state.kind === k} disabled={kindLocked} onChange={() => set({ kind: k })} />
            {t(`common.kinds.${k}`)}
          </label>
        ))}
        {kindLocked ? (
          <p id="kind-locked" className="org-field__hint">
            {t("organise.form.kindLocked")}
          </p>
        ) : null}
      </fieldset>
      <Field id={fieldId("statementId")} label={t("organise.form.statement")} hint={t("organise.form.statementHint")} error={err("statementId")} required>
        {(a11y) => (
          <select {...a11y} value={state.statementId} onChange={(e) => set({ statementId: e.target.value })}>
            <option value="">{t("organise.form.statementChoose")}</option>
            {statements.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={fieldId("title")} label={t("organise.form.title")} error={err("title")} required>
        {(a11y) => <input {...a11y} type="text" maxLength={140} value={state.title} onChange={(e) => set({ title: e.target.value })} />}
      </Field>
      <MarkdownEditor id={fieldId("description")} value={state.description} onChange={(description) => set({ description })} error={err("description")} />
    </fieldset>
  );
}
