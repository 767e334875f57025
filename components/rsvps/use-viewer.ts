"use client";

import { useQuery } from "@tanstack/react-query";
import type { ViewerState } from "@/lib/rsvps/schema";
import { COMMITMENT_TOKEN_HEADER, RSVP_TOKEN_HEADER } from "@/lib/rsvps/token-headers";
import { apiFetch } from "@/components/api-client";
import { useStoredCode } from "./local-codes";

export const viewerKey = (actionId: string) => ["participation", actionId] as const;

/**
 * The viewer's own RSVP/commitment and fresh counts. Cancel codes kept by this browser go in
 * headers (never in the URL), so a headcount RSVP is recognised without any personal data.
 */
export function useViewer(actionId: string) {
  const rsvp = useStoredCode("rsvp", actionId);
  const commitment = useStoredCode("commitment", actionId);
  const query = useQuery({
    queryKey: [...viewerKey(actionId), rsvp.code?.token ?? null, commitment.code?.token ?? null],
    enabled: rsvp.ready && commitment.ready,
    queryFn: () =>
      apiFetch<ViewerState>(`/api/actions/${encodeURIComponent(actionId)}/me`, {
        headers: {
          ...(rsvp.code ? { [RSVP_TOKEN_HEADER]: rsvp.code.token } : {}),
          ...(commitment.code ? { [COMMITMENT_TOKEN_HEADER]: commitment.code.token } : {}),
        },
      }),
  });
  return { viewer: query.data ?? null, loading: query.isPending, rsvpCode: rsvp.code, commitmentCode: commitment.code };
}

