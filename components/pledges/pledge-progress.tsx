"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import type { ParticipationActionProps } from "@/components/rsvps/types";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { ParticipationCounts } from "@/lib/rsvps/schema";

/** Money pledged against the goal, and each need's pledged quantity. */
export function PledgeProgress({ action, counts }: { action: ParticipationActionProps; counts: ParticipationCounts }) {
  const { t, locale } = useI18n();
  const currency = action.currency;
  const pledgedById = new Map(counts.needs.map((n) => [n.id, n.pledged]));
  return (
    <>
      {currency ? (
        <div className="p-progress">
          <p>
            {action.goalMinor
              ? t("pledge.progress", { pledged: formatMoney(counts.pledgedMinor, currency, locale), goal: formatMoney(action.goalMinor, currency, locale) })
              : t("pledge.progressNoGoal", { pledged: formatMoney(counts.pledgedMinor, currency, locale) })}
          </p>
          {action.goalMinor ? (
            <progress max={action.goalMinor} value={Math.min(counts.pledgedMinor, action.goalMinor)} aria-label={t("pledge.progressLabel")} />
          ) : null}
        </div>
      ) : null}
      {action.needs.length > 0 ? (
        <>
          <h3>{t("pledge.needsHeading")}</h3>
          <ul className="p-needs">
            {action.needs.map((n) => {
              const pledged = formatNumber(pledgedById.get(n.id) ?? n.pledged, locale);
              const quantity = formatNumber(n.quantity, locale);
              return (
                <li key={n.id}>
                  <span className="p-needs__item">{n.item}</span>{" "}
                  <span className="muted">
                    {n.unit ? t("pledge.needProgressUnit", { pledged, quantity, unit: n.unit }) : t("pledge.needProgress", { pledged, quantity })}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </>
  );
}
