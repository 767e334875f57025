"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { ApiError } from "@/components/api-client";
import { sendJson } from "@/components/auth/api";
import { TextField } from "@/components/ui/text-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { LOCALES, LOCALE_NAMES, textDirection } from "@/lib/i18n/locales";

/** Name and preferred language (the language of the mails we send). */
export function ProfileForm({ email, name, locale: preferred }: { email: string | null; name: string | null; locale: string }) {
  const { t } = useI18n();
  const selectId = useId();
  const [value, setValue] = useState(name ?? "");
  const [language, setLanguage] = useState(preferred);
  const mutation = useMutation({
    mutationFn: () => sendJson("/api/me", "PATCH", { name: value.trim() ? value.trim() : null, locale: language }),
  });
  const nameError =
    mutation.error instanceof ApiError && mutation.error.fields.name ? t("account.profile.nameInvalid") : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate();
  }

  return (
    <form method="post" className="auth-form" onSubmit={submit} noValidate>
      <TextField look="auth" label={t("account.profile.email")} type="email" value={email ?? ""} readOnly />
      <TextField look="auth"
        label={t("account.profile.name")}
        hint={t("account.profile.nameHint")}
        name="name"
        autoComplete="name"
        maxLength={100}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={nameError}
      />
      <div className="auth-field">
        <label htmlFor={selectId}>{t("account.profile.locale")}</label>
        <p id={`${selectId}-hint`} className="auth-hint">
          {t("account.profile.localeHint")}
        </p>
        <select id={selectId} aria-describedby={`${selectId}-hint`} value={language} onChange={(e) => setLanguage(e.target.value)}>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l} dir={textDirection(l)}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className={mutation.isError && !nameError ? "auth-form-error" : "account-status"}>
        {mutation.isSuccess ? t("account.saved") : mutation.isError && !nameError ? t("account.failed") : null}
      </p>
      <div>
        <button type="submit" className="button" disabled={mutation.isPending}>
          {mutation.isPending ? t("account.saving") : t("account.save")}
        </button>
      </div>
    </form>
  );
}
