"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { apiFetch } from "@/components/api-client";
import { errorMessage } from "@/components/rsvps/error-message";
import { clearCode, type StoredCode } from "@/components/rsvps/local-codes";
import type { ParticipationActionProps } from "@/components/rsvps/types";
import { viewerKey } from "@/components/rsvps/use-viewer";
import type { ParticipationCounts, ViewerState } from "@/lib/rsvps/schema";
import { CommitmentForm } from "./commitment-form";

type Props = {
  action: ParticipationActionProps;
  counts: ParticipationCounts;
  viewer: ViewerState | null;
  loading: boolean;
  code: StoredCode | null;
  /** Shown only without JavaScript, in place of the status or form this component would load. */
  noScript?: ReactNode;
};

/** "I'm boycotting": the count, then either the viewer's commitment (withdraw) or the form. */
export function CommitmentSection({ action, counts, viewer, loading, code, noScript }: Props) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  // The button the keyboard user pressed is replaced: focus follows to the result.
  const [acted, setActed] = useState(0);
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (acted > 0 && !loading) result.current?.focus();
  }, [acted, loading, viewer?.commitment?.id]);
  const accepting = viewer ? viewer.accepting : action.status === "PUBLISHED" && new Date(action.endsAt) > new Date();
  const withdraw = useMutation({
    mutationFn: () => {
      const query = code ? `?token=${encodeURIComponent(code.token)}` : "";
      return apiFetch(`/api/actions/${encodeURIComponent(action.id)}/commitments${query}`, { method: "DELETE" });
    },
    onSuccess: () => {
      clearCode("commitment", action.id);
      setNotice(t("commitment.withdrawn"));
      setActed((n) => n + 1);
      return queryClient.invalidateQueries({ queryKey: viewerKey(action.id) });
    },
  });

  return (
    <div className="p-block p-block--boycott">
      <h2>{t("commitment.heading")}</h2>
      <p className="p-counts">{t("commitment.count", { count: counts.commitments })}</p>
      <div ref={result} tabIndex={-1} className="p-result">
        {/* Always there, so what is put into it is announced. */}
        <div role="status">{notice ? <p className="p-notice">{notice}</p> : null}</div>
        {noScript}
        {loading ? (
          <p className="p-hint p-js-only">{t("common.loading")}</p>
        ) : viewer?.commitment ? (
          <div className="p-status" data-status="COMMITTED">
            <p className="p-status__line" role="status">
              {t("commitment.committed")}
            </p>
            {withdraw.error ? (
              <p className="p-error" role="alert">
                {errorMessage(withdraw.error, t)}
              </p>
            ) : null}
            <button type="button" className="button button--secondary" onClick={() => withdraw.mutate()} disabled={withdraw.isPending}>
              {withdraw.isPending ? t("commitment.withdrawing") : t("commitment.withdraw")}
            </button>
          </div>
        ) : accepting ? (
          <CommitmentForm actionId={action.id} signedIn={!!viewer?.signedIn} onDone={() => {
              setNotice(null);
              setActed((n) => n + 1);
            }} />
        ) : (
          <p className="p-hint">{t("rsvp.closed")}</p>
        )}
      </div>
    </div>
  );
}
