"use client";

import type { FormEvent, ReactNode } from "react";
import { ApiError } from "@/components/api-client";
import { useI18n } from "@/components/i18n/i18n-provider";
import { signInErrorText } from "./sign-in-errors";

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Props = {
  /** The API the form posts to itself when JavaScript is off. */
  action: "/api/auth/password" | "/api/auth/magic-link";
  kind: "password" | "magicLink";
  label: string;
  callbackUrl: string;
  onSubmit: (e: FormEvent) => void;
  error: Error | null;
  busy: boolean;
  submit: { label: string; busyLabel: string; className: string };
  children: ReactNode;
};

/** What both sign-in forms share: the no-JavaScript fallback, the error line and the button. */
export function SignInFormShell({ action, kind, label, callbackUrl, onSubmit, error, busy, submit, children }: Props) {
  const { locale, t } = useI18n();
  const message = error ? signInErrorText(t, kind, error instanceof ApiError ? error.code : "generic", error instanceof ApiError ? error.retryAfter : null) : null;
  return (
    <form method="post" action={action} className="auth-form" aria-label={label} onSubmit={onSubmit} noValidate>
      {/* Without JavaScript the form posts itself: these say where to go next. */}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="back" value={`/${locale}/sign-in`} />
      {children}
      <div role="alert" className="auth-form-error">
        {message}
      </div>
      <button type="submit" className={submit.className} disabled={busy}>
        {busy ? submit.busyLabel : submit.label}
      </button>
    </form>
  );
}
