"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useI18n } from "@/components/i18n/i18n-provider";
import { apiFetch } from "@/components/api-client";
import { errorMessage } from "./error-message";

/** Cancels one of the signed-in user's RSVPs, then re-renders the server list. */
export function CancelRsvpButton({ rsvpId, label }: { rsvpId: string; label: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: () => apiFetch(`/api/rsvps/${encodeURIComponent(rsvpId)}`, { method: "DELETE" }),
    onSuccess: () => router.refresh(),
  });
  return (
    <>
      {mutation.error ? (
        <span className="p-error" role="alert">
          {errorMessage(mutation.error, t)}
        </span>
      ) : null}
      <button type="button" className="button button--secondary p-js-only" aria-label={label} onClick={() => mutation.mutate()} disabled={mutation.isPending}>
        {mutation.isPending ? t("rsvp.cancelling") : t("rsvp.cancel")}
      </button>
    </>
  );
}
