"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { apiFetch } from "@/components/api-client";
import { errorMessage, fieldErrors } from "@/components/rsvps/error-message";
import { TierOption } from "@/components/rsvps/rsvp-form";
import { TextField } from "@/components/ui/text-field";
import type { ParticipationActionProps } from "@/components/rsvps/types";
import { viewerKey } from "@/components/rsvps/use-viewer";
import type { MessageKey } from "@/lib/i18n/translator";
import { toMinor } from "@/lib/pledges/amount";
import { needLabel } from "@/lib/discovery-ui/need-unit";

const FIELDS = ["amountMinor", "currency", "needId", "quantity", "displayName", "email"] as const;

export type PledgeMade = { id: string; cancelToken?: string; mailed: boolean };

export function PledgeForm({ action, signedIn, onDone }: { action: ParticipationActionProps; signedIn: boolean; onDone: (pledge: PledgeMade) => void }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const group = useId();
  const needSelectId = useId();
  const anonymousId = useId();
  const canMoney = !!action.currency;
  const [kind, setKind] = useState<"money" | "item">(canMoney ? "money" : "item");
  const [amount, setAmount] = useState("");
  const [needId, setNeedId] = useState(action.needs[0]?.id ?? "");
  const [quantity, setQuantity] = useState(1);
  const [displayName, setDisplayName] = useState("");
  const [anonymous, setAnonymous] = useState(false);
  const [email, setEmail] = useState("");
  const [localError, setLocalError] = useState<string | null>(null);

  const mutation = useMutation({
    mutationFn: (body: Record<string, unknown> & { email?: string }) => apiFetch<{ id: string; cancelToken?: string }>(`/api/actions/${encodeURIComponent(action.id)}/pledges`, { method: "POST", body }),
    onSuccess: (pledge, body) => {
      onDone({ id: pledge.id, cancelToken: pledge.cancelToken, mailed: !!body.email });
      return queryClient.invalidateQueries({ queryKey: viewerKey(action.id) });
    },
  });

  const serverErrors = fieldErrors(mutation.error, FIELDS, (f) =>
    f === "currency" ? t("pledge.fields.currency", { currency: action.currency ?? "" }) : t(`pledge.fields.${f === "_" ? "generic" : f}` as MessageKey),
  );
  const errors = localError ? { ...serverErrors, amountMinor: localError } : serverErrors;
  const general = mutation.error && Object.keys(serverErrors).length === 0 ? errorMessage(mutation.error, t) : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    setLocalError(null);
    const who = { anonymous, displayName: anonymous ? undefined : displayName, email: signedIn || anonymous ? undefined : email, locale };
    if (kind === "money" && action.currency) {
      const amountMinor = toMinor(amount, action.currency);
      if (amountMinor === null) return setLocalError(t("pledge.fields.amountMinor"));
      mutation.mutate({ ...who, amountMinor, currency: action.currency });
    } else {
      mutation.mutate({ ...who, needId, quantity });
    }
  }

  return (
    <form method="post" className="p-form p-js-only" onSubmit={submit} aria-label={t("pledge.heading")} noValidate>
      {canMoney && action.needs.length > 0 ? (
        <fieldset className="p-tiers">
          <legend>{t("pledge.chooseKind")}</legend>
          <TierOption group={group} checked={kind === "money"} onChange={() => setKind("money")} label={t("pledge.kindMoney")} />
          <TierOption group={group} checked={kind === "item"} onChange={() => setKind("item")} label={t("pledge.kindItem")} />
        </fieldset>
      ) : null}
      {kind === "money" && action.currency ? (
        <TextField look="participation" announce label={t("pledge.amountLabel", { currency: action.currency })} name="amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} error={errors.amountMinor ?? errors.currency} />
      ) : (
        <>
          <div className="p-field">
            <label htmlFor={needSelectId}>{t("pledge.needLabel")}</label>
            <select id={needSelectId} value={needId} onChange={(e) => setNeedId(e.target.value)} aria-invalid={errors.needId ? true : undefined}>
              {action.needs.map((n) => (
                <option key={n.id} value={n.id}>
                  {needLabel(t, n.item, n.unit)}
                </option>
              ))}
            </select>
            {errors.needId ? <p className="p-error" role="alert">{errors.needId}</p> : null}
          </div>
          <TextField look="participation" announce label={t("pledge.quantityLabel")} name="quantity" type="number" min={1} max={10000} value={quantity} onChange={(e) => setQuantity(Math.max(1, Math.floor(Number(e.target.value) || 1)))} error={errors.quantity} />
        </>
      )}
      <div className="p-check">
        <input id={anonymousId} type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} aria-describedby={`${anonymousId}-hint`} />
        <span>
          <label htmlFor={anonymousId}>{t("pledge.anonymousLabel")}</label>
          <span id={`${anonymousId}-hint`} className="p-hint">
            {t("pledge.anonymousHint")}
          </span>
        </span>
      </div>
      {!anonymous ? (
        <TextField look="participation" announce label={t("pledge.displayNameLabel")} name="displayName" autoComplete="name" maxLength={100} value={displayName} onChange={(e) => setDisplayName(e.target.value)} error={errors.displayName} />
      ) : null}
      {!signedIn && !anonymous ? <TextField look="participation" announce label={t("pledge.emailLabel")} name="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} /> : null}
      {errors._ ? <p className="p-error" role="alert">{errors._}</p> : null}
      {general ? <p className="p-error" role="alert">{general}</p> : null}
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? t("pledge.submitting") : t("pledge.submit")}
      </button>
    </form>
  );
}
