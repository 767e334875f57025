"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { ParticipationActionProps } from "@/components/rsvps/types";
import type { ParticipationCounts, ViewerState } from "@/lib/rsvps/schema";
import { PledgeForm, type PledgeMade } from "./pledge-form";
import { PledgeProgress } from "./pledge-progress";
import { WithdrawPledgeButton } from "./withdraw-pledge-button";

type Props = {
  action: ParticipationActionProps;
  counts: ParticipationCounts;
  viewer: ViewerState | null;
  /** Shown only without JavaScript, where the interactive form cannot work. */
  noScript?: ReactNode;
};

/** The external donation link first (no payment ever touches this site), then progress and pledges. */
export function PledgeSection({ action, counts, viewer, noScript }: Props) {
  const { t } = useI18n();
  const [done, setDone] = useState<PledgeMade | null>(null);
  // The form the person just sent is gone: focus (and so the view) follows to the thanks.
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) result.current?.focus();
  }, [done]);
  const accepting = viewer ? viewer.accepting : action.status === "PUBLISHED" && new Date(action.endsAt) > new Date();
  return (
    <div className="p-block p-block--pledge">
      <h2>{t("pledge.heading")}</h2>
      {action.donationUrl ? (
        <p className="p-donate">
          <a className="button p-donate__link" href={action.donationUrl} rel="noopener noreferrer external" target="_blank">
            {t("pledge.donateButton")}
          </a>
          <span className="p-hint">{t("pledge.donateNote")}</span>
        </p>
      ) : null}
      <PledgeProgress action={action} counts={counts} />
      {noScript}
      <div ref={result} tabIndex={-1} className="p-result">
        <div role="status">
          {done ? (
            <p className="p-status__line">
              {t("pledge.thanks")} {done.mailed ? t("pledge.withdrawLinkSent") : null}
            </p>
          ) : null}
        </div>
        {done ? (
          <div className="p-status">
            {done.cancelToken ? <WithdrawPledgeButton actionId={action.id} pledgeId={done.id} token={done.cancelToken} /> : null}
            <button type="button" className="button button--secondary" onClick={() => setDone(null)}>
              {t("pledge.another")}
            </button>
          </div>
        ) : accepting ? (
          <PledgeForm action={action} signedIn={!!viewer?.signedIn} onDone={setDone} />
        ) : (
          <p className="p-hint">{t("rsvp.closed")}</p>
        )}
      </div>
    </div>
  );
}
