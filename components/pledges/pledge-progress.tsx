"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import type { ParticipationActionProps } from "@/components/rsvps/types";
import { formatMoney, isolate } from "@/lib/i18n/format";
import type { ParticipationCounts } from "@/lib/rsvps/schema";

/** Money pledged against the goal. Each need's progress is in the needs table, shown once. */
export function PledgeProgress({ action, counts }: { action: ParticipationActionProps; counts: ParticipationCounts }) {
  const { t, locale } = useI18n();
  const currency = action.currency;
  if (!currency) return null;
  const pledged = isolate(formatMoney(counts.pledgedMinor, currency, locale));
  return (
    <div className="p-progress">
      <p>
        {action.goalMinor
          ? t("pledge.progress", { pledged, goal: isolate(formatMoney(action.goalMinor, currency, locale)) })
          : t("pledge.progressNoGoal", { pledged })}
      </p>
      {action.goalMinor ? <progress max={action.goalMinor} value={Math.min(counts.pledgedMinor, action.goalMinor)} aria-label={t("pledge.progressLabel")} /> : null}
    </div>
  );
}
