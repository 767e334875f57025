"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useI18n } from "@/components/i18n/i18n-provider";
import { apiFetch } from "@/components/api-client";
import { errorMessage } from "@/components/rsvps/error-message";
import { viewerKey } from "@/components/rsvps/use-viewer";

/** The undo right after a guest's pledge, with the code that came back with it. */
export function WithdrawPledgeButton({ actionId, pledgeId, token }: { actionId: string; pledgeId: string; token: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () =>
      apiFetch(`/api/actions/${encodeURIComponent(actionId)}/pledges/${encodeURIComponent(pledgeId)}?token=${encodeURIComponent(token)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: viewerKey(actionId) }),
  });
  if (mutation.isSuccess) {
    return (
      <p className="p-notice" role="status">
        {t("pledge.withdrawn")}
      </p>
    );
  }
  return (
    <>
      {mutation.error ? (
        <p className="p-error" role="alert">
          {errorMessage(mutation.error, t)}
        </p>
      ) : null}
      <button type="button" className="button button--secondary" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
        {mutation.isPending ? t("pledge.withdrawing") : t("pledge.withdraw")}
      </button>
    </>
  );
}
