"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { sendJson } from "@/components/auth/api";
import { TextField } from "@/components/ui/text-field";
import { useI18n } from "@/components/i18n/i18n-provider";

/** Deleting cannot be undone, so the person types their email address first. */
export function DeleteAccountForm({ email }: { email: string }) {
  const { locale, t } = useI18n();
  const [confirm, setConfirm] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const mutation = useMutation({
    mutationFn: () => sendJson("/api/me", "DELETE", { confirm }),
    onSuccess: () => window.location.assign(new URL(`/${locale}/me?deleted=1`, window.location.origin).href),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const wrong = confirm.trim().toLowerCase() !== email.toLowerCase();
    setMismatch(wrong);
    if (!wrong) mutation.mutate();
  }

  return (
    <form method="post" className="auth-form" onSubmit={submit} noValidate>
      <TextField look="auth"
        label={t("account.delete.confirmLabel")}
        type="email"
        autoComplete="off"
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
        error={mismatch ? t("account.delete.confirmMismatch") : undefined}
      />
      <p role="status" className={mutation.isError ? "auth-form-error" : "account-status"}>
        {mutation.isError ? t("account.failed") : null}
      </p>
      <div>
        <button type="submit" className="button button--danger" disabled={mutation.isPending || mutation.isSuccess}>
          {mutation.isPending ? t("account.delete.deleting") : t("account.delete.submit")}
        </button>
      </div>
    </form>
  );
}
