"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { TextField } from "@/components/ui/text-field";
import { sendJson } from "./api";
import { EMAIL, SignInFormShell } from "./sign-in-form-shell";

/** Email + password. On success a full page load, so every server component sees the new session. */
export function PasswordSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const { t } = useI18n();
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

  return (
    <SignInFormShell
      action="/api/auth/password"
      kind="password"
      label={t("auth.signIn.passwordFormLabel")}
      callbackUrl={callbackUrl}
      onSubmit={submit}
      error={mutation.error}
      busy={mutation.isPending || mutation.isSuccess}
      submit={{ label: t("auth.signIn.submit"), busyLabel: t("auth.signIn.submitting"), className: "button" }}
    >
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
    </SignInFormShell>
  );
}
