"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { apiFetch } from "@/components/api-client";
import { errorMessage, fieldErrors } from "@/components/rsvps/error-message";
import { saveCode } from "@/components/rsvps/local-codes";
import { TierOption } from "@/components/rsvps/rsvp-form";
import { TextField } from "@/components/ui/text-field";
import { viewerKey } from "@/components/rsvps/use-viewer";

type Created = { id: string; cancelToken?: string };

/** Signed in: one click. Otherwise with an email (withdraw link by mail) or as a bare headcount. */
export function CommitmentForm({ actionId, signedIn, onDone }: { actionId: string; signedIn: boolean; onDone: () => void }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const group = useId();
  const [tier, setTier] = useState<"email" | "headcount">("headcount");
  const [email, setEmail] = useState("");
  const mutation = useMutation({
    mutationFn: () =>
      apiFetch<Created>(`/api/actions/${encodeURIComponent(actionId)}/commitments`, {
        method: "POST",
        body: signedIn || tier === "headcount" ? { locale } : { email, locale },
      }),
    onSuccess: (created) => {
      if (created.cancelToken) saveCode("commitment", actionId, { id: created.id, token: created.cancelToken });
      onDone();
      return queryClient.invalidateQueries({ queryKey: viewerKey(actionId) });
    },
  });
  const errors = fieldErrors(mutation.error, ["email"], (f) => (f === "email" ? t("commitment.fields.email") : t("commitment.fields.generic")));
  const general = mutation.error && Object.keys(errors).length === 0 ? errorMessage(mutation.error, t) : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate();
  }

  return (
    <form method="post" className="p-form" onSubmit={submit} aria-label={t("commitment.heading")} noValidate>
      {!signedIn ? (
        <fieldset className="p-tiers">
          <legend>{t("commitment.chooseTier")}</legend>
          <TierOption group={group} checked={tier === "headcount"} onChange={() => setTier("headcount")} label={t("commitment.tierHeadcount")} hint={t("commitment.tierHeadcountHint")} />
          <TierOption group={group} checked={tier === "email"} onChange={() => setTier("email")} label={t("commitment.tierEmail")} hint={t("commitment.tierEmailHint")} />
        </fieldset>
      ) : null}
      {!signedIn && tier === "email" ? (
        <TextField look="participation" announce label={t("commitment.emailLabel")} name="email" type="email" autoComplete="email" value={email} required onChange={(e) => setEmail(e.target.value)} error={errors.email} />
      ) : null}
      {errors._ ? <p className="p-error" role="alert">{errors._}</p> : null}
      {general ? <p className="p-error" role="alert">{general}</p> : null}
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? t("commitment.submitting") : t("commitment.commit")}
      </button>
    </form>
  );
}
