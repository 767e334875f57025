"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ApiError } from "@/components/api-client";
import { sendJson } from "./api";
import { TextField } from "@/components/ui/text-field";
import { signInErrorText } from "./sign-in-errors";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Email + password. On success a full page load, so every server component sees the new session. */
export function PasswordSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const { locale, t } = useI18n();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const mutation = useMutation({
    mutationFn: () => sendJson("/api/auth/password", "POST", { email, password }),
    onSuccess: () => window.location.assign(callbackUrl),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const errors = {
      email: EMAIL.test(email.trim()) ? undefined : t("auth.signIn.emailInvalid"),
      password: password ? undefined : t("auth.signIn.passwordRequired"),
    };
    setFieldErrors(errors);
    if (!errors.email && !errors.password) mutation.mutate();
  }

  const err = mutation.error;
  const message = err ? signInErrorText(t, "password", err instanceof ApiError ? err.code : "generic", err instanceof ApiError ? err.retryAfter : null) : null;
  const busy = mutation.isPending || mutation.isSuccess;

  return (
    <form method="post" action="/api/auth/password" className="auth-form" aria-label={t("auth.signIn.passwordFormLabel")} onSubmit={submit} noValidate>
      {/* Without JavaScript the form posts itself: these say where to go next. */}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="back" value={`/${locale}/sign-in`} />
      <TextField look="auth"
        label={t("auth.signIn.email")}
        type="email"
        name="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldErrors.email}
      />
      <TextField look="auth"
        label={t("auth.signIn.password")}
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldErrors.password}
      />
      <div role="alert" className="auth-form-error">
        {message}
      </div>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t("auth.signIn.submitting") : t("auth.signIn.submit")}
      </button>
    </form>
  );
}
