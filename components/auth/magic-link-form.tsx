"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { TextField } from "@/components/ui/text-field";
import { sendJson } from "./api";
import { EMAIL, SignInFormShell } from "./sign-in-form-shell";

/** Asks for a sign-in link in the reader's language; the answer never says whether the address is known. */
export function MagicLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const { locale, t } = useI18n();
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [emailError, setEmailError] = useState<string>();
  const mutation = useMutation({
    mutationFn: () => sendJson("/api/auth/magic-link", "POST", { email, locale, callbackUrl }),
    onSuccess: () => router.push(`/${locale}/check-email`),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const invalid = !EMAIL.test(email.trim());
    setEmailError(invalid ? t("auth.signIn.emailInvalid") : undefined);
    if (!invalid) mutation.mutate();
  }

  return (
    <SignInFormShell
      action="/api/auth/magic-link"
      kind="magicLink"
      label={t("auth.signIn.linkFormLabel")}
      callbackUrl={callbackUrl}
      onSubmit={submit}
      error={mutation.error}
      busy={mutation.isPending || mutation.isSuccess}
      submit={{ label: t("auth.signIn.linkSubmit"), busyLabel: t("auth.signIn.linkSending"), className: "button button--secondary" }}
    >
      <p className="auth-hint">{t("auth.signIn.linkHint")}</p>
      <TextField look="auth"
        label={t("auth.signIn.email")}
        type="email"
        name="email"
        autoComplete="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={emailError}
      />
    </SignInFormShell>
  );
}
