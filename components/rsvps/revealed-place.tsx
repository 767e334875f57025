"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { formatDateTime } from "@/lib/i18n/format";
import type { RevealedLocation } from "@/lib/rsvps/schema";

type Props = { going: boolean; location: RevealedLocation | null; revealAt: string | null; timeZone: string };

/** REVEAL_TO_ATTENDEES: the place once the server says so; otherwise when it will be shared. */
export function RevealedPlace({ going, location, revealAt, timeZone }: Props) {
  const { t, locale } = useI18n();
  if (location) {
    const where = [location.venue, location.address].filter(Boolean).join(", ");
    const map =
      location.lat !== null && location.lng !== null
        ? `https://www.openstreetmap.org/?mlat=${location.lat}&mlon=${location.lng}#map=17/${location.lat}/${location.lng}`
        : null;
    return (
      <div className="p-place">
        <h3>{t("rsvp.location.heading")}</h3>
        <p>{where}</p>
        {map ? (
          <p>
            <a href={map} rel="noopener noreferrer" target="_blank">
              {t("rsvp.location.mapLink")}
            </a>
          </p>
        ) : null}
      </div>
    );
  }
  if (!revealAt) return null;
  return (
    <p className="p-hint">
      {going ? t("rsvp.location.revealLater", { when: formatDateTime(revealAt, locale, timeZone) }) : t("rsvp.location.revealWaitlist")}
    </p>
  );
}
