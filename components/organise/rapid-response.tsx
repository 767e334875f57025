"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { apiFetch, ApiError, errorText, fieldText } from "./api";
import { ConfirmDialog } from "./confirm-dialog";
import { Field } from "./field";
import { LocationPicker } from "./location-picker";
import { PlaceSearch } from "./place-search";

type Props = {
  actionId: string;
  inPerson: boolean;
  center: { lat: number; lng: number };
  tiles: { url: string | null; attribution: string };
};

type Which = "relocate" | "compromised" | "cancel" | null;

/** Relocate, location compromised, cancel: each one step behind a confirmation, everyone notified. */
export function RapidResponse({ actionId, inPerson, center, tiles }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [open, setOpen] = useState<Which>(null);
  const [message, setMessage] = useState("");
  const [venue, setVenue] = useState("");
  const [address, setAddress] = useState("");
  const [point, setPoint] = useState<{ lat: number; lng: number } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = useMutation({
    mutationFn: (which: Exclude<Which, null>) => {
      const body =
        which === "relocate" ? { venue, address, lat: point?.lat, lng: point?.lng, message } : which === "cancel" ? { message } : { message };
      return apiFetch<{ notified: number }>(`/api/actions/${actionId}/${which}`, { method: "POST", body });
    },
    onSuccess: (r) => {
      setOpen(null);
      setMessage("");
      setDone(t("organise.run.rapid.done", { count: r.notified }));
      router.refresh();
    },
  });
  const fields = run.error instanceof ApiError ? run.error.fields : {};
  const err = run.isError && !(run.error instanceof ApiError && run.error.code === "VALIDATION") ? errorText(t, run.error) : null;
  const openDialog = (which: Which) => {
    run.reset();
    setOpen(which);
  };
  const messageField = (id: string, label: string, required: boolean) => (
    <Field id={id} label={label} error={fieldText(t, fields.message?.message)} required={required}>
      {(a11y) => <textarea {...a11y} rows={4} value={message} onChange={(e) => setMessage(e.target.value)} />}
    </Field>
  );

  return (
    <div>
      <p className="muted">{t("organise.run.rapid.intro")}</p>
      <p role="status" className={done ? "org-alert org-alert--ok" : undefined}>
        {done}
      </p>
      <div className="org-buttons">
        {inPerson ? (
          <button type="button" className="button button--secondary" onClick={() => openDialog("relocate")}>
            {t("organise.run.rapid.relocate")}
          </button>
        ) : null}
        {inPerson ? (
          <button type="button" className="button button--danger" onClick={() => openDialog("compromised")}>
            {t("organise.run.rapid.compromised")}
          </button>
        ) : null}
        <button type="button" className="button button--danger" onClick={() => openDialog("cancel")}>
          {t("organise.run.rapid.cancel")}
        </button>
      </div>

      <ConfirmDialog open={open === "relocate"} title={t("organise.run.rapid.relocateHeading")} confirmLabel={t("organise.run.rapid.relocateConfirm")} busy={run.isPending} error={err} onClose={() => setOpen(null)} onConfirm={() => run.mutate("relocate")}>
        <p>{t("organise.run.rapid.relocateIntro")}</p>
        <Field id="relocate-venue" label={t("organise.form.venue")} error={fieldText(t, fields.venue?.message)}>
          {(a11y) => <input {...a11y} type="text" value={venue} onChange={(e) => setVenue(e.target.value)} />}
        </Field>
        <Field id="relocate-address" label={t("organise.form.address")} error={fieldText(t, fields.address?.message)}>
          {(a11y) => <input {...a11y} type="text" value={address} onChange={(e) => setAddress(e.target.value)} />}
        </Field>
        <PlaceSearch onPick={(p) => setPoint({ lat: p.lat, lng: p.lng })} />
        {open === "relocate" ? <LocationPicker tileUrl={tiles.url} tileAttribution={tiles.attribution} center={center} value={point} onChange={setPoint} /> : null}
        {fields.lat || fields.lng ? <p className="org-field__error">{t("organise.errors.locationRequired")}</p> : null}
        {messageField("relocate-message", t("organise.run.rapid.optionalMessage"), false)}
      </ConfirmDialog>

      <ConfirmDialog open={open === "compromised"} danger title={t("organise.run.rapid.compromisedHeading")} confirmLabel={t("organise.run.rapid.compromisedConfirm")} busy={run.isPending} error={err} onClose={() => setOpen(null)} onConfirm={() => run.mutate("compromised")}>
        <p>{t("organise.run.rapid.compromisedIntro")}</p>
        {messageField("compromised-message", t("organise.run.rapid.optionalMessage"), false)}
      </ConfirmDialog>

      <ConfirmDialog open={open === "cancel"} danger title={t("organise.run.rapid.cancelHeading")} confirmLabel={t("organise.run.rapid.cancelConfirm")} busy={run.isPending} error={err} onClose={() => setOpen(null)} onConfirm={() => run.mutate("cancel")}>
        <p>{t("organise.run.rapid.cancelIntro")}</p>
        {messageField("cancel-message", t("organise.run.rapid.cancelMessage"), true)}
      </ConfirmDialog>
    </div>
  );
}
