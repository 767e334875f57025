"use client";

import { useMutation } from "@tanstack/react-query";
import { useId } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { apiUpload, errorText } from "./api";

type Props = { value: string | null; onChange: (path: string | null) => void; error?: string };

/** Uploads at once (re-encoded without metadata on the server) and keeps only the returned path. */
export function ImageField({ value, onChange, error }: Props) {
  const { t } = useI18n();
  const id = useId();
  const upload = useMutation({
    mutationFn: (file: File) => apiUpload<{ path: string }>("/api/uploads", file),
    onSuccess: (r) => onChange(r.path),
  });
  const message = upload.isError ? errorText(t, upload.error) : error;
  return (
    <div className={`org-field${message ? " org-field--error" : ""}`}>
      <label htmlFor={id}>{t("organise.form.image")}</label>
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
        aria-describedby={`${id}-hint${message ? ` ${id}-error` : ""}`}
        aria-invalid={message ? true : undefined}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) upload.mutate(file);
          e.target.value = "";
        }}
      />
      <p id={`${id}-hint`} className="org-field__hint">
        {t("organise.form.imageHint")}
      </p>
      {upload.isPending ? <p role="status">{t("organise.form.imageUploading")}</p> : null}
      {message ? (
        <p id={`${id}-error`} className="org-field__error">
          {message}
        </p>
      ) : null}
      {value ? (
        <div className="org-image">
          {/* eslint-disable-next-line @next/next/no-img-element -- our own small, already resized upload */}
          <img src={value} alt={t("organise.form.imageAlt")} width={240} />
          <button type="button" className="button button--secondary" onClick={() => onChange(null)}>
            {t("organise.form.imageRemove")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
