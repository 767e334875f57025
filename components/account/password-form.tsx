"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ApiError } from "@/components/api-client";
import { sendJson } from "@/components/auth/api";
import { TextField } from "@/components/ui/text-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { sessionsKey } from "./sessions-list";

/** Change the password (current + new), or set one on an account that only used email links. */
export function PasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [tooShort, setTooShort] = useState(false);
  const [hasOne, setHasOne] = useState(hasPassword);
  const mutation = useMutation({
    mutationFn: () => sendJson("/api/me/password", "PUT", { ...(hasOne ? { currentPassword: current } : {}), newPassword: next }),
    onSuccess: () => {
      setCurrent("");
      setNext("");
      setHasOne(true);
      void queryClient.invalidateQueries({ queryKey: sessionsKey });
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const short = [...next].length < 10 || new TextEncoder().encode(next).length > 72;
    setTooShort(short);
    if (!short) mutation.mutate();
  }

  const err = mutation.error instanceof ApiError ? mutation.error : null;
  const currentError = err?.fields.currentPassword ? t("account.password.wrongCurrent") : undefined;
  const newError = tooShort || err?.fields.newPassword ? t("account.password.tooShort") : undefined;
  const general = mutation.isError && !currentError && !newError ? (err?.code === "RATE_LIMITED" ? t("account.rateLimited") : t("account.failed")) : null;

  return (
    <form method="post" className="auth-form" onSubmit={submit} noValidate>
      <p className="auth-hint">{t("account.password.intro")}</p>
      {hasOne ? (
        <TextField look="auth"
          label={t("account.password.current")}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={currentError}
        />
      ) : null}
      <TextField look="auth"
        label={t("account.password.new")}
        hint={t("account.password.newHint")}
        type="password"
        autoComplete="new-password"
        value={next}
        onChange={(e) => setNext(e.target.value)}
        error={newError}
      />
      <p role="status" className={general ? "auth-form-error" : "account-status"}>
        {mutation.isSuccess ? t("account.password.changed") : general}
      </p>
      <div>
        <button type="submit" className="button" disabled={mutation.isPending}>
          {hasOne ? t("account.password.submit") : t("account.password.submitSet")}
        </button>
      </div>
    </form>
  );
}
