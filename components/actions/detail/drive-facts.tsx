import type { PublicActionDetail } from "@/lib/discovery";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { DropOffList } from "./drop-off-list";
import { NeedsTable } from "./needs-table";

type Drive = NonNullable<PublicActionDetail["drive"]>;

/**
 * Money against the goal (a real progressbar for assistive tech), the needs, and where to bring
 * things. The donate link itself lives in the participation panel beside it.
 */
export function DriveFacts({ drive, locale, t }: { drive: Drive; locale: Locale; t: Translate }) {
  const { currency, goalMinor, pledgedMinor } = drive;
  const percent = goalMinor ? Math.min(100, Math.round((pledgedMinor / goalMinor) * 100)) : null;
  const summary = currency
    ? goalMinor
      ? t("action.drive.progress", { pledged: formatMoney(pledgedMinor, currency, locale), goal: formatMoney(goalMinor, currency, locale) })
      : t("action.drive.progressNoGoal", { pledged: formatMoney(pledgedMinor, currency, locale) })
    : null;
  return (
    <section className="action-section" aria-labelledby="drive-heading">
      <h2 id="drive-heading">{t("action.drive.heading")}</h2>
      {summary ? <p id="drive-progress-text">{summary}</p> : null}
      {percent !== null && summary ? (
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
      <h3>{t("action.drive.needsHeading")}</h3>
      {drive.needs.length ? <NeedsTable needs={drive.needs} locale={locale} t={t} /> : <p className="muted">{t("action.drive.noNeeds")}</p>}
      {drive.dropOffs.length ? <DropOffList dropOffs={drive.dropOffs} t={t} /> : null}
    </section>
  );
}
