"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { formatMoney } from "@/lib/i18n/format";
import type { PledgeRow } from "@/lib/organise/run-view";
import { apiFetch, errorText } from "./api";

/** Pledges as the organisers receive them offline: money or goods handed over, ticked off here. */
export function PledgeList({ actionId, pledges }: { actionId: string; pledges: PledgeRow[] }) {
  const { t, locale } = useI18n();
  const [rows, setRows] = useState(pledges);
  const mark = useMutation({
    mutationFn: (v: { id: string; received: boolean }) =>
      apiFetch<{ pledgeId: string; received: boolean }>(`/api/actions/${actionId}/pledges/${v.id}`, { method: "PATCH", body: { received: v.received } }),
    onSuccess: (r) => setRows((list) => list.map((p) => (p.id === r.pledgeId ? { ...p, received: r.received } : p))),
  });
  if (rows.length === 0) return <p className="empty-state">{t("organise.run.pledges.none")}</p>;
  return (
    <>
      <p className="muted">{t("organise.run.pledges.intro")}</p>
      {mark.isError ? (
        <p role="alert" className="org-alert org-alert--error">
          {errorText(t, mark.error)}
        </p>
      ) : null}
      <ul className="org-attendees">
        {rows.map((p) => {
          const name = p.name ?? t("organise.run.pledges.anonymous");
          const what =
            p.amountMinor !== null && p.currency
              ? formatMoney(p.amountMinor, p.currency, locale)
              : t("organise.run.pledges.quantity", { quantity: p.quantity ?? 0, item: p.item ?? "" });
          return (
            <li key={p.id} className={`org-attendee${p.received ? " org-attendee--in" : ""}`}>
              <span className="org-attendee__who">
                {name}
                <span className="org-attendee__meta">{what}</span>
              </span>
              <button
                type="button"
                className={`button${p.received ? "" : " button--secondary"}`}
                aria-pressed={p.received}
                aria-label={p.received ? t("organise.run.pledges.undoFor", { name }) : t("organise.run.pledges.markReceivedFor", { name })}
                disabled={mark.isPending && mark.variables?.id === p.id}
                onClick={() => mark.mutate({ id: p.id, received: !p.received })}
              >
                {p.received ? `✓ ${t("organise.run.pledges.received")}` : t("organise.run.pledges.markReceived")}
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
