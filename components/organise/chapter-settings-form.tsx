"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { chapterSettingsInput } from "@/lib/organise/chapter-schema";
import { apiFetch, ApiError, errorText, fieldText } from "./api";
import { Field } from "./field";
import { LocationPicker } from "./location-picker";

export type ChapterSettingsValues = { name: string; description: string; contact: string | null; city: string; countryCode: string; lat: number; lng: number };

/** Name, description, contact and location; validated with the server's schema before sending. */
export function ChapterSettingsForm({ slug, initial, tiles }: { slug: string; initial: ChapterSettingsValues; tiles: { url: string | null; attribution: string } }) {
  const { t } = useI18n();
  const router = useRouter();
  const [v, setV] = useState({ ...initial, contact: initial.contact ?? "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (body: unknown) => apiFetch(`/api/chapters/${slug}`, { method: "PATCH", body }),
    onSuccess: () => router.refresh(),
    onError: (e) => {
      if (e instanceof ApiError) setErrors(Object.fromEntries(Object.entries(e.fields).map(([k, m]) => [k, m.message])));
    },
  });
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = chapterSettingsInput.safeParse(v);
    if (!parsed.success) {
      const found = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
      setErrors(found);
      document.getElementById(`chapter-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    setErrors({});
    save.mutate(v);
  }
  const err = (k: string) => fieldText(t, errors[k]);
  const text = (key: "name" | "city" | "countryCode" | "contact", label: string, hint?: string) => (
    <Field id={`chapter-${key}`} label={label} hint={hint} error={err(key)} required={key !== "contact"}>
      {(a11y) => <input {...a11y} type="text" value={v[key]} onChange={(e) => setV({ ...v, [key]: e.target.value })} />}
    </Field>
  );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="org-form">
      {text("name", t("organise.chapter.name"))}
      <Field id="chapter-description" label={t("organise.chapter.description")} error={err("description")}>
        {(a11y) => <textarea {...a11y} rows={5} value={v.description} onChange={(e) => setV({ ...v, description: e.target.value })} />}
      </Field>
      {text("contact", t("organise.chapter.contact"), t("organise.chapter.contactHint"))}
      <div className="org-row">
        {text("city", t("organise.chapter.city"))}
        {text("countryCode", t("organise.chapter.countryCode"), t("organise.chapter.countryHint"))}
      </div>
      <div className="org-field">
        <p className="org-label">{t("organise.chapter.location")}</p>
        <LocationPicker tileUrl={tiles.url} tileAttribution={tiles.attribution} center={{ lat: v.lat, lng: v.lng }} value={{ lat: v.lat, lng: v.lng }} onChange={(p) => setV({ ...v, ...p })} />
        {err("lat") ?? err("lng") ? <p className="org-field__error">{err("lat") ?? err("lng")}</p> : null}
      </div>
      <div className="org-buttons">
        <button type="submit" className="button" disabled={save.isPending}>
          {t("organise.chapter.save")}
        </button>
        <p role="status">{save.isSuccess ? t("organise.chapter.saved") : ""}</p>
      </div>
      {save.isError && !(save.error instanceof ApiError && save.error.code === "VALIDATION") ? (
        <p role="alert" className="org-alert org-alert--error">
          {errorText(t, save.error)}
        </p>
      ) : null}
    </form>
  );
}
