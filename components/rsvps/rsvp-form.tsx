"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { MessageKey } from "@/lib/i18n/translator";
import type { RsvpCreated } from "@/lib/rsvps/schema";
import { apiFetch } from "@/components/api-client";
import { errorMessage, fieldErrors } from "./error-message";
import { HoneypotField } from "./honeypot-field";
import { saveCode } from "./local-codes";
import { TextField } from "@/components/ui/text-field";
import { viewerKey } from "./use-viewer";

type Tier = "guest" | "headcount";
const FIELDS = ["name", "email", "guests"] as const;

/** Signed in: one click (plus guests). Otherwise a guest with name + email, or a bare headcount. */
export function RsvpForm({ actionId, signedIn, onDone }: { actionId: string; signedIn: boolean; onDone: (notice: string | null) => void }) {
  const { t, locale } = useI18n();
  const queryClient = useQueryClient();
  const group = useId();
  const [tier, setTier] = useState<Tier>("guest");
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [guests, setGuests] = useState(0);
  const honeypot = useRef<HTMLInputElement>(null);

  const mutation = useMutation({
    mutationFn: () =>
      apiFetch<RsvpCreated>(`/api/actions/${encodeURIComponent(actionId)}/rsvps`, {
        method: "POST",
        body: signedIn
          ? { guests, locale }
          : { ...(tier === "guest" ? { name, email } : {}), guests, locale, website: honeypot.current?.value ?? "" },
      }),
    onSuccess: (created) => {
      if (created.cancelToken) saveCode("rsvp", actionId, { id: created.id, token: created.cancelToken });
      // A guest email that already had an RSVP gets it back without a new code (it is in their mail).
      if (!signedIn && tier === "guest") onDone(created.cancelToken ? t("rsvp.confirmationSent", { email: email.trim() }) : t("rsvp.alreadyGuest"));
      else onDone(null);
      return queryClient.invalidateQueries({ queryKey: viewerKey(actionId) });
    },
  });

  const errors = fieldErrors(mutation.error, FIELDS, (f) => t(`rsvp.fields.${f === "_" ? "generic" : f}` as MessageKey));
  const general = mutation.error && Object.keys(errors).length === 0 ? errorMessage(mutation.error, t) : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    mutation.mutate();
  }

  return (
    <form method="post" className="p-form" onSubmit={submit} aria-label={t("rsvp.heading")} noValidate>
      {signedIn ? (
        <p className="p-hint">{t("rsvp.signedIn")}</p>
      ) : (
        <fieldset className="p-tiers">
          <legend>{t("rsvp.chooseTier")}</legend>
          <TierOption group={group} checked={tier === "guest"} onChange={() => setTier("guest")} label={t("rsvp.tierGuest")} hint={t("rsvp.tierGuestHint")} />
          <TierOption group={group} checked={tier === "headcount"} onChange={() => setTier("headcount")} label={t("rsvp.tierHeadcount")} hint={t("rsvp.tierHeadcountHint")} />
        </fieldset>
      )}
      {!signedIn && tier === "guest" ? (
        <>
          <TextField look="participation" announce label={t("rsvp.nameLabel")} name="name" autoComplete="name" value={name} maxLength={100} required onChange={(e) => setName(e.target.value)} error={errors.name} />
          <TextField look="participation" announce label={t("rsvp.emailLabel")} name="email" type="email" autoComplete="email" value={email} required onChange={(e) => setEmail(e.target.value)} error={errors.email} />
        </>
      ) : null}
      <TextField look="participation" announce
        label={t("rsvp.guestsLabel")}
        hint={t("rsvp.guestsHint")}
        name="guests"
        type="number"
        inputMode="numeric"
        min={0}
        max={10}
        value={guests}
        onChange={(e) => setGuests(Math.max(0, Math.min(10, Number(e.target.value) || 0)))}
        error={errors.guests}
      />
      {!signedIn ? <HoneypotField inputRef={honeypot} /> : null}
      {errors._ ? <p className="p-error" role="alert">{errors._}</p> : null}
      {general ? <p className="p-error" role="alert">{general}</p> : null}
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending ? t("rsvp.submitting") : t("rsvp.submit")}
      </button>
    </form>
  );
}

/** A radio whose name is just its label; the longer explanation is its description. */
export function TierOption({ group, checked, onChange, label, hint }: { group: string; checked: boolean; onChange: () => void; label: string; hint?: string }) {
  const id = useId();
  return (
    <div className="p-tier">
      <input id={id} type="radio" name={group} checked={checked} onChange={onChange} aria-describedby={hint ? `${id}-hint` : undefined} />
      <span>
        <label htmlFor={id}>
          <strong>{label}</strong>
        </label>
        {hint ? (
          <span id={`${id}-hint`} className="p-hint">
            {hint}
          </span>
        ) : null}
      </span>
    </div>
  );
}
