"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ViewerState } from "@/lib/rsvps/schema";
import { apiFetch } from "@/components/api-client";
import { errorMessage } from "./error-message";
import { clearCode, type StoredCode } from "./local-codes";
import { RevealedPlace } from "./revealed-place";
import { viewerKey } from "./use-viewer";

type Props = {
  actionId: string;
  timeZone: string;
  rsvp: NonNullable<ViewerState["rsvp"]>;
  viewer: ViewerState;
  code: StoredCode | null;
  onCancelled: () => void;
};

/** GOING or WAITLISTED (with position), the revealed place when allowed, and cancel. */
export function RsvpStatus({ actionId, timeZone, rsvp, viewer, code, onCancelled }: Props) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => {
      const token = code && code.id === rsvp.id ? `?token=${encodeURIComponent(code.token)}` : "";
      return apiFetch(`/api/rsvps/${encodeURIComponent(rsvp.id)}${token}`, { method: "DELETE" });
    },
    onSuccess: () => {
      clearCode("rsvp", actionId);
      onCancelled();
      return queryClient.invalidateQueries({ queryKey: viewerKey(actionId) });
    },
  });

  const going = rsvp.status === "GOING";
  return (
    <div className="p-status" data-status={rsvp.status}>
      <p className="p-status__line" role="status">
        {going
          ? rsvp.guests > 0
            ? t("rsvp.statusGoingGuests", { count: rsvp.guests })
            : t("rsvp.statusGoing")
          : t("rsvp.statusWaitlisted", { position: rsvp.position ?? 1 })}
      </p>
      {!going ? (
        <p className="p-hint">{t("rsvp.waitlistExplainer", { mail: rsvp.hasEmail ? t("rsvp.waitlistMailSuffix") : "" })}</p>
      ) : null}
      <RevealedPlace going={going} location={viewer.location} revealAt={viewer.revealAt} timeZone={timeZone} />
      {code && code.id === rsvp.id ? <p className="p-hint">{t("rsvp.keepCodeNote")}</p> : null}
      {cancel.error ? (
        <p className="p-error" role="alert">
          {errorMessage(cancel.error, t)}
        </p>
      ) : null}
      <button type="button" className="button button--secondary" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
        {cancel.isPending ? t("rsvp.cancelling") : t("rsvp.cancel")}
      </button>
    </div>
  );
}
