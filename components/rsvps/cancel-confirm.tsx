"use client";

import Link from "next/link";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { apiFetch } from "./api-client";
import { errorMessage } from "./error-message";
import { clearCode } from "./local-codes";

type Props = { kind: "rsvp" | "commitment"; id: string; actionId: string; token: string; actionHref: string };

/**
 * The cancel link from the mail lands here; cancelling needs a click, because mail scanners and
 * link previews open links on their own and must not cancel anyone's place.
 */
export function CancelConfirm({ kind, id, actionId, token, actionHref }: Props) {
  const { t } = useI18n();
  const done = useRef<HTMLParagraphElement>(null);
  const mutation = useMutation({
    mutationFn: () =>
      kind === "rsvp"
        ? apiFetch(`/api/rsvps/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`, { method: "DELETE" })
        : apiFetch(`/api/actions/${encodeURIComponent(actionId)}/commitments?token=${encodeURIComponent(token)}`, { method: "DELETE" }),
    onSuccess: () => clearCode(kind, actionId),
  });
  useEffect(() => {
    if (mutation.isSuccess) done.current?.focus();
  }, [mutation.isSuccess]);

  if (mutation.isSuccess) {
    return (
      <div className="p-status">
        <p ref={done} tabIndex={-1} className="p-notice" role="status">
          {kind === "rsvp" ? t("rsvp.cancelPage.doneRsvp") : t("rsvp.cancelPage.doneCommitment")}
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
      <button type="button" className="button button--danger" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
        {mutation.isPending ? t("rsvp.cancelling") : kind === "rsvp" ? t("rsvp.cancelPage.confirmRsvp") : t("rsvp.cancelPage.confirmCommitment")}
      </button>
      <Link href={actionHref}>{t("rsvp.cancelPage.backToAction")}</Link>
    </div>
  );
}
