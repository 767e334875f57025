import type { ParticipationActionProps } from "@/components/rsvps/types";
import type { PublicActionDetail } from "@/lib/discovery";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { DropOffList } from "./drop-off-list";
import { NeedsTable } from "./needs-table";

type DropOff = NonNullable<PublicActionDetail["drive"]>["dropOffs"][number];

/**
 * What is needed and where to bring it. The money raised is in the call to action and the
 * pledge panel, so each figure is shown where it is acted on and nowhere twice.
 */
export function DriveFacts({ action, dropOffs, locale, t }: { action: ParticipationActionProps; dropOffs: DropOff[]; locale: Locale; t: Translate }) {
  return (
    <section className="action-section" aria-labelledby="drive-heading">
      <h2 id="drive-heading">{t("action.drive.needsHeading")}</h2>
      {action.needs.length ? <NeedsTable action={action} /> : <p className="muted">{t("action.drive.noNeeds")}</p>}
      {dropOffs.length ? <DropOffList dropOffs={dropOffs} locale={locale} t={t} /> : null}
    </section>
  );
}
