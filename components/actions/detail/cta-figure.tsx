"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import type { ParticipationActionProps } from "@/components/rsvps/types";
import { formatMoney, formatNumber, isolate } from "@/lib/i18n/format";
import type { ParticipationCounts } from "@/lib/rsvps/schema";

/** The one number that says how it is going: places left, money raised, needs met, people committed. */
export function CtaFigure({ action, counts }: { action: ParticipationActionProps; counts: ParticipationCounts }) {
  const { t, locale } = useI18n();
  if (action.kind === "BOYCOTT") return <p className="action-cta__figure">{t("commitment.count", { count: counts.commitments })}</p>;
  if (action.kind === "RALLY") {
    const left = counts.capacity === null ? null : Math.max(0, counts.capacity - counts.going);
    return (
      <p className="action-cta__figure">
        {left === null ? t("rsvp.going", { count: counts.going }) : left === 0 ? t("action.cta.full") : t("action.cta.placesLeft", { count: left })}
      </p>
    );
  }
  const { currency, goalMinor } = action;
  if (!currency) {
    const pledged = new Map(counts.needs.map((n) => [n.id, n.pledged]));
    const met = action.needs.filter((n) => (pledged.get(n.id) ?? n.pledged) >= n.quantity).length;
    return <p className="action-cta__figure">{t("action.cta.needsMet", { met, total: action.needs.length })}</p>;
  }
  const pledged = isolate(formatMoney(counts.pledgedMinor, currency, locale));
  const summary = goalMinor ? t("action.cta.raised", { pledged, goal: isolate(formatMoney(goalMinor, currency, locale)) }) : t("pledge.progressNoGoal", { pledged });
  const percent = goalMinor ? Math.min(100, Math.round((counts.pledgedMinor / goalMinor) * 100)) : null;
  return (
    <div className="action-cta__figure">
      <p>{summary}</p>
      {percent !== null ? (
        <div
          className="progress"
          role="progressbar"
          aria-label={t("action.drive.progressLabel")}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${summary} (${t("action.drive.percent", { percent: formatNumber(percent, locale) })})`}
        >
          <div className="progress__bar" style={{ inlineSize: `${percent}%` }} />
        </div>
      ) : null}
    </div>
  );
}
