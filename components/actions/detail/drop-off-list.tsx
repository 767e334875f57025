import type { PublicActionDetail } from "@/lib/discovery";
import { formatOpeningHours } from "@/lib/discovery-ui/opening-hours";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

type DropOff = NonNullable<PublicActionDetail["drive"]>["dropOffs"][number];

/** Drop-off points are public places chosen for that purpose, so their addresses are shown. */
export function DropOffList({ dropOffs, locale, t }: { dropOffs: DropOff[]; locale: Locale; t: Translate }) {
  return (
    <>
      <h3>{t("action.drive.dropOffsHeading")}</h3>
      <ul className="plain-list">
        {dropOffs.map((d) => (
          <li key={d.id}>
            <strong>
              <bdi>{d.name}</bdi>
            </strong>
            <br />
            <bdi>{d.address}</bdi>
            {d.openingHours ? (
              <>
                <br />
                <span className="muted">{t("action.drive.openingHours", { hours: formatOpeningHours(d.openingHours, locale, t("action.drive.daily")) })}</span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
