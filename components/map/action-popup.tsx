"use client";

import Link from "next/link";
import { actionCountPhrases } from "@/components/actions/action-counts";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { PublicActionItem } from "@/lib/actions/public-dto";
import { formatDateRange } from "@/lib/i18n/format";

/** What a marker's popup says: enough to decide whether to open the action. */
export function ActionPopup({ action }: { action: PublicActionItem }) {
  const { locale, t } = useI18n();
  return (
    <div className="map-popup">
      <p className="map-popup__kind">
        <span className={`kind-badge kind-badge--${action.kind.toLowerCase()}`}>{t(`common.kinds.${action.kind}`)}</span>
      </p>
      <p className="map-popup__title" dir="auto">
        {action.title}
      </p>
      <p>
        <time dateTime={action.startsAt}>{formatDateRange(action.startsAt, action.endsAt, locale, action.timeZone)}</time>
      </p>
      <p>{t("discover.popup.chapter", { chapter: action.chapter.name })}</p>
      <p>{actionCountPhrases(action, t).join(" · ")}</p>
      {action.locationPrivacy !== "EXACT" ? <p className="muted">{t("discover.approximate")}</p> : null}
      <p>
        <Link href={`/${locale}/actions/${action.slug}`}>{t("discover.popup.open")}</Link>
      </p>
    </div>
  );
}
