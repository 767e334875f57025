"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { ApiError } from "@/components/api-client";
import { sendJson } from "./api";
import { TextField } from "@/components/ui/text-field";
import { signInErrorText } from "./sign-in-errors";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

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

  const err = mutation.error;
  const message = err ? signInErrorText(t, "magicLink", err instanceof ApiError ? err.code : "generic", err instanceof ApiError ? err.retryAfter : null) : null;
  const busy = mutation.isPending || mutation.isSuccess;

  return (
    <form method="post" action="/api/auth/magic-link" className="auth-form" aria-label={t("auth.signIn.linkFormLabel")} onSubmit={submit} noValidate>
      {/* Without JavaScript the form posts itself: these say where to go next. */}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="back" value={`/${locale}/sign-in`} />
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
      <div role="alert" className="auth-form-error">
        {message}
      </div>
      <button type="submit" className="button button--secondary" disabled={busy}>
        {busy ? t("auth.signIn.linkSending") : t("auth.signIn.linkSubmit")}
      </button>
    </form>
  );
}
