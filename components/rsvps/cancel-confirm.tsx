"use client";

import Link from "next/link";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { apiFetch } from "@/components/api-client";
import { errorMessage } from "./error-message";
import { clearCode } from "./local-codes";
import { CONFIRM, DONE } from "./withdraw-texts";

type Props = { kind: "rsvp" | "commitment" | "pledge"; id: string; actionId: string; token: string; actionHref: string };

const WITHDRAW_PATH = {
  rsvp: (_actionId: string, id: string) => `/api/rsvps/${encodeURIComponent(id)}`,
  commitment: (actionId: string) => `/api/actions/${encodeURIComponent(actionId)}/commitments`,
  pledge: (actionId: string, id: string) => `/api/actions/${encodeURIComponent(actionId)}/pledges/${encodeURIComponent(id)}`,
};


/**
 * The cancel link from the mail lands here; cancelling needs a click, because mail scanners and
 * link previews open links on their own and must not cancel anyone's place.
 */
export function CancelConfirm({ kind, id, actionId, token, actionHref }: Props) {
  const { t } = useI18n();
  const done = useRef<HTMLParagraphElement>(null);
  const mutation = useMutation({
    mutationFn: () => apiFetch(`${WITHDRAW_PATH[kind](actionId, id)}?token=${encodeURIComponent(token)}`, { method: "DELETE" }),
    onSuccess: () => {
      if (kind !== "pledge") clearCode(kind, actionId);
    },
  });
  useEffect(() => {
    if (mutation.isSuccess) done.current?.focus();
  }, [mutation.isSuccess]);

  if (mutation.isSuccess) {
    return (
      <div className="p-status">
        <p ref={done} tabIndex={-1} className="p-notice" role="status">
          {t(DONE[kind])}
        </p>
        <Link href={actionHref}>{t("rsvp.cancelPage.backToAction")}</Link>
      </div>
    );
  }
  return (
    <div className="p-status">
      {mutation.error ? (
        <p className="p-error" role="alert">
          {errorMessage(mutation.error, t)}
        </p>
      ) : null}
      <button type="button" className="button button--danger p-js-only" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
        {mutation.isPending ? t("rsvp.cancelling") : t(CONFIRM[kind])}
      </button>
      <Link href={actionHref}>{t("rsvp.cancelPage.backToAction")}</Link>
    </div>
  );
}
