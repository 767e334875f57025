"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import type { ParticipationActionProps } from "@/components/rsvps/types";
import { useViewer } from "@/components/rsvps/use-viewer";
import { needQuantity } from "@/lib/discovery-ui/need-unit";

/** Needed, pledged (live: it moves when anyone on this page pledges) and received, per item. */
export function NeedsTable({ action }: { action: ParticipationActionProps }) {
  const { t, locale } = useI18n();
  const { counts } = useViewer(action);
  const pledged = new Map(counts.needs.map((n) => [n.id, n.pledged]));
  return (
    <div className="table-scroll">
      <table className="needs-table">
        <caption className="visually-hidden">{t("action.drive.needsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("action.drive.item")}</th>
            <th scope="col">{t("action.drive.needed")}</th>
            <th scope="col">{t("action.drive.pledged")}</th>
            <th scope="col">{t("action.drive.received")}</th>
          </tr>
        </thead>
        <tbody>
          {action.needs.map((n) => (
            <tr key={n.id} data-need={n.id}>
              <th scope="row" dir="auto">{n.item}</th>
              <td>{needQuantity(t, n.quantity, n.unit, locale)}</td>
              <td data-pledged>{needQuantity(t, pledged.get(n.id) ?? n.pledged, n.unit, locale)}</td>
              <td>{needQuantity(t, n.received, n.unit, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
