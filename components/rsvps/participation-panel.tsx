"use client";

import "./participation.css";
import type { ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { CommitmentSection } from "@/components/commitments/commitment-section";
import { PledgeSection } from "@/components/pledges/pledge-section";
import type { ParticipationCounts } from "@/lib/rsvps/schema";
import { RsvpSection } from "./rsvp-section";
import type { ParticipationActionProps } from "./types";
import { useViewer } from "./use-viewer";

/** Fresh counts from the viewer endpoint once loaded; the page's numbers until then. */
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

/**
 * How a person takes part, by kind: RSVP (rallies, and any action with a place to be), pledges
 * (donation drives), "I'm boycotting" (boycotts). Everything personal comes from the API.
 * `noScript` holds the server-rendered forms for browsers without JavaScript.
 */
export function ParticipationPanel({ action, noScript }: { action: ParticipationActionProps; noScript?: { rsvp?: ReactNode; commitment?: ReactNode; pledge?: ReactNode } }) {
  const { t } = useI18n();
  const { viewer, loading, rsvpCode, commitmentCode } = useViewer(action.id);
  const counts = countsFrom(action, viewer?.counts);
  const rsvp = action.kind === "RALLY" || action.mode !== "ONLINE";
  return (
    <section className="participation" aria-label={t(`common.kinds.${action.kind}`)}>
      {action.kind === "DONATION_DRIVE" ? <PledgeSection action={action} counts={counts} viewer={viewer} noScript={noScript?.pledge} /> : null}
      {action.kind === "BOYCOTT" ? (
        <CommitmentSection action={action} counts={counts} viewer={viewer} loading={loading} code={commitmentCode} noScript={noScript?.commitment} />
      ) : null}
      {rsvp ? <RsvpSection action={action} counts={counts} viewer={viewer} loading={loading} code={rsvpCode} noScript={noScript?.rsvp} /> : null}
    </section>
  );
}
