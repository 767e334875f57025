"use client";

import "./participation.css";
import { useEffect, useRef, type ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { CommitmentSection } from "@/components/commitments/commitment-section";
import { PledgeSection } from "@/components/pledges/pledge-section";
import { focusParticipation, PARTICIPATE_ID, takePendingFocus } from "./participate-focus";
import { RsvpSection } from "./rsvp-section";
import type { ParticipationActionProps } from "./types";
import { useViewer } from "./use-viewer";

/**
 * How a person takes part, one way per kind: RSVP (rallies), pledges (donation drives), "I'm
 * boycotting" (boycotts). Everything personal comes from the API. `noScript` holds the
 * server-rendered forms for browsers without JavaScript.
 */
export function ParticipationPanel({ action, noScript }: { action: ParticipationActionProps; noScript?: { rsvp?: ReactNode; commitment?: ReactNode; pledge?: ReactNode } }) {
  const { t } = useI18n();
  const { viewer, counts, loading, rsvpCode, commitmentCode } = useViewer(action);
  // The call to action tapped before the page was interactive only jumped here (the hash says so),
  // or was tapped while the form was loading: either way, finish the job once the form is in.
  const arrived = useRef(false);
  useEffect(() => {
    if (loading) return;
    const jumped = !arrived.current && window.location.hash === `#${PARTICIPATE_ID}`;
    arrived.current = true;
    if (takePendingFocus() || jumped) focusParticipation();
  }, [loading]);
  return (
    <section id={PARTICIPATE_ID} className="participation" aria-label={t(`common.kinds.${action.kind}`)} data-loading={loading ? "" : undefined} tabIndex={-1}>
      {action.kind === "DONATION_DRIVE" ? <PledgeSection action={action} counts={counts} viewer={viewer} noScript={noScript?.pledge} /> : null}
      {action.kind === "BOYCOTT" ? (
        <CommitmentSection action={action} counts={counts} viewer={viewer} loading={loading} code={commitmentCode} noScript={noScript?.commitment} />
      ) : null}
      {action.kind === "RALLY" ? <RsvpSection action={action} counts={counts} viewer={viewer} loading={loading} code={rsvpCode} noScript={noScript?.rsvp} /> : null}
    </section>
  );
}
