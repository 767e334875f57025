"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ParticipationCounts, ViewerState } from "@/lib/rsvps/schema";
import { COMMITMENT_TOKEN_HEADER, RSVP_TOKEN_HEADER } from "@/lib/rsvps/token-headers";
import { apiFetch } from "@/components/api-client";
import { useStoredCode } from "./local-codes";
import type { ParticipationActionProps } from "./types";

export const viewerKey = (actionId: string) => ["participation", actionId] as const;

/**
 * The viewer's own RSVP/commitment and fresh counts. Cancel codes kept by this browser go in
 * headers (never in the URL), so a headcount RSVP is recognised without any personal data.
 * Every figure on the action page reads `counts` from this one query, so a mutation that
 * invalidates it updates them all together.
 */
export function useViewer(action: ParticipationActionProps) {
  const rsvp = useStoredCode("rsvp", action.id);
  const commitment = useStoredCode("commitment", action.id);
  const query = useQuery({
    queryKey: [...viewerKey(action.id), rsvp.code?.token ?? null, commitment.code?.token ?? null],
    enabled: rsvp.ready && commitment.ready,
    // A new cancel code changes the key: keep the last counts on screen instead of the page's old ones.
    placeholderData: keepPreviousData,
    queryFn: () =>
      apiFetch<ViewerState>(`/api/actions/${encodeURIComponent(action.id)}/me`, {
        headers: {
          ...(rsvp.code ? { [RSVP_TOKEN_HEADER]: rsvp.code.token } : {}),
          ...(commitment.code ? { [COMMITMENT_TOKEN_HEADER]: commitment.code.token } : {}),
        },
      }),
  });
  // Placeholder data is someone else's key (another code): its counts are fine, its status is not.
  const viewer = query.isPlaceholderData ? null : (query.data ?? null);
  return {
    viewer,
    counts: countsFrom(action, query.data?.counts),
    loading: query.isPending || query.isPlaceholderData,
    rsvpCode: rsvp.code,
    commitmentCode: commitment.code,
  };
}

/** Fresh counts once loaded; the server-rendered page's numbers until then. */
function countsFrom(action: ParticipationActionProps, fresh: ParticipationCounts | undefined): ParticipationCounts {
  return (
    fresh ?? {
      going: action.going,
      waitlisted: action.waitlisted,
      capacity: action.capacity,
      commitments: action.commitments,
      pledgedMinor: action.pledgedMinor,
      needs: action.needs.map((n) => ({ id: n.id, pledged: n.pledged })),
    }
  );
}
