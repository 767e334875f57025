"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useRef, useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { FormOptions } from "@/lib/organise/form-options";
import "./organise.css";
import { ApiError, apiFetch, errorText, fieldText } from "./api";
import { FormBasics } from "./form-basics";
import { FormBoycott } from "./form-boycott";
import { FormDrive } from "./form-drive";
import { FormPeople } from "./form-people";
import { fieldId, toPayload, validateForm, type FormState } from "./form-state";
import { FormWhen } from "./form-when";
import { FormWhere } from "./form-where";

type Props = {
  options: FormOptions;
  initial: FormState;
  /** Present when editing an existing action. */
  edit?: { id: string; status: string };
};

type Saved = { id: string; notified?: number; ids?: string[] };
/** Which button sent the form: keep a draft, or hand it to moderators (publish, for a trusted chapter). */
type Intent = "save" | "submit";

/** One form for every kind of action; the same schema checks it here and on the server. */
export function ActionForm({ options, initial, edit }: Props) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [state, setState] = useState<FormState>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [tried, setTried] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const set = useCallback(
    (patch: Partial<FormState>) =>
      setState((s) => {
        const next = { ...s, ...patch };
        if (tried) setErrors(validateForm(next));
        return next;
      }),
    [tried],
  );

  const save = useMutation({
    mutationFn: async ({ form, intent }: { form: FormState; intent: Intent }) => {
      if (!edit) return apiFetch<Saved>("/api/actions", { method: "POST", body: { ...toPayload(form), submit: intent === "submit" } });
      const { chapterId: _c, recurrence: _r, ...patch } = toPayload(form);
      const saved = await apiFetch<Saved>(`/api/actions/${edit.id}`, { method: "PATCH", body: patch });
      if (intent === "submit") await apiFetch(`/api/actions/${edit.id}/submit`, { method: "POST" });
      return saved;
    },
    onSuccess: (saved, { intent }) => {
      if (intent === "submit" || !edit) {
        const query = new URLSearchParams({ saved: String(saved.ids?.length ?? 1), ...(intent === "submit" ? { submitted: "1" } : {}) });
        router.push(`/${locale}/organise/actions/${saved.id}?${query}`);
      } else {
        setNotice(saved.notified ? `${t("organise.form.saved")} ${t("organise.form.notified", { count: saved.notified })}` : t("organise.form.saved"));
        router.refresh();
      }
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === "VALIDATION") showErrors(Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [k, v.message])));
    },
  });

  function showErrors(found: Record<string, string>) {
    setErrors(found);
    // Focus the first field in the order of the form, so keyboard and screen reader users land on it.
    requestAnimationFrame(() => {
      const first = Object.keys(found)
        .map((k) => document.getElementById(fieldId(k)) ?? document.getElementById(fieldId(k.split(".")[0])))
        .filter((el): el is HTMLElement => !!el)
        .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))[0];
      (first ?? summaryRef.current)?.focus();
    });
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    const intent: Intent = submitter instanceof HTMLButtonElement && submitter.value === "submit" ? "submit" : "save";
    setTried(true);
    setNotice(null);
    const found = validateForm(state);
    if (Object.keys(found).length) return showErrors(found);
    setErrors({});
    save.mutate({ form: state, intent });
  }

  const err = (path: string) => fieldText(t, errors[path]);
  const chapter = options.chapters.find((c) => c.id === state.chapterId);
  const center = state.lat !== null && state.lng !== null ? { lat: state.lat, lng: state.lng } : chapter ? { lat: chapter.lat, lng: chapter.lng } : { lat: 20, lng: 0 };
  const count = Object.keys(errors).length;
  // Only a draft (or a rejected action being fixed) can go to review; published ones are just saved.
  const canSubmit = !edit || edit.status === "DRAFT" || edit.status === "REJECTED";
  const pending = save.isPending ? save.variables.intent : null;
  const bannerError = save.isError && !(save.error instanceof ApiError && save.error.code === "VALIDATION") ? errorText(t, save.error) : null;

  return (
    <form method="post" className="org-form" onSubmit={onSubmit} noValidate aria-describedby={count ? "form-errors" : undefined}>
      <div ref={summaryRef} tabIndex={-1} id="form-errors" aria-live="assertive">
        {count ? <p className="org-alert org-alert--error">{t("organise.form.fixErrors", { count })}</p> : null}
        {bannerError ? <p className="org-alert org-alert--error">{bannerError}</p> : null}
      </div>
      <FormBasics
        state={state}
        set={set}
        err={err}
        chapters={options.chapters}
        statements={options.statements}
        editing={!!edit}
        kindLocked={!!edit && edit.status !== "DRAFT"}
        onChapter={(c) => set({ chapterId: c.id, ...(state.zoneTouched || state.lat !== null ? {} : { timeZone: c.timeZone }) })}
      />
      <FormWhen state={state} set={set} err={err} allowRepeat={!edit} />
      <FormWhere state={state} set={set} err={err} tiles={options.tiles} center={center} />
      {state.kind === "DONATION_DRIVE" ? <FormDrive state={state} set={set} err={err} /> : null}
      {state.kind === "BOYCOTT" ? <FormBoycott state={state} set={set} err={err} /> : null}
      <FormPeople state={state} set={set} err={err} languages={options.languages} />
      <div className="org-form__actions">
        <button type="submit" name="intent" value="save" className={canSubmit ? "button button--secondary" : "button"} disabled={save.isPending}>
          {pending === "save" ? t("organise.form.saving") : edit ? t("organise.form.saveChanges") : t("organise.form.saveDraft")}
        </button>
        {canSubmit ? (
          <button type="submit" name="intent" value="submit" className="button" disabled={save.isPending}>
            {pending === "submit" ? t("organise.form.submitting") : chapter?.trusted ? t("organise.form.saveAndPublish") : t("organise.form.saveAndSubmit")}
          </button>
        ) : null}
        <p role="status" className="org-form__notice">
          {notice}
        </p>
      </div>
    </form>
  );
}
