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
    mutationFn: (s: FormState) => {
      const { chapterId: _c, recurrence: _r, ...patch } = toPayload(s);
      return edit ? apiFetch<Saved>(`/api/actions/${edit.id}`, { method: "PATCH", body: patch }) : apiFetch<Saved>("/api/actions", { method: "POST", body: toPayload(s) });
    },
    onSuccess: (saved) => {
      if (edit) {
        setNotice(saved.notified ? `${t("organise.form.saved")} ${t("organise.form.notified", { count: saved.notified })}` : t("organise.form.saved"));
        router.refresh();
      } else {
        router.push(`/${locale}/organise/actions/${saved.id}?saved=${saved.ids?.length ?? 1}`);
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

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    setNotice(null);
    const found = validateForm(state);
    if (Object.keys(found).length) return showErrors(found);
    setErrors({});
    save.mutate(state);
  }

  const err = (path: string) => fieldText(t, errors[path]);
  const chapter = options.chapters.find((c) => c.id === state.chapterId);
  const center = state.lat !== null && state.lng !== null ? { lat: state.lat, lng: state.lng } : chapter ? { lat: chapter.lat, lng: chapter.lng } : { lat: 20, lng: 0 };
  const count = Object.keys(errors).length;
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
      <FormPeople state={state} set={set} err={err} />
      <div className="org-form__actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? t("organise.form.saving") : edit ? t("organise.form.saveChanges") : t("organise.form.saveDraft")}
        </button>
        <p role="status" className="org-form__notice">
          {notice}
        </p>
      </div>
    </form>
  );
}
