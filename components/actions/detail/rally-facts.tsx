import type { PublicActionDetail } from "@/lib/discovery";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

export function RallyFacts({ action, locale, t }: { action: PublicActionDetail; locale: Locale; t: Translate }) {
  const { capacity, going, waitlisted } = action.attendance;
  const full = capacity !== null && going >= capacity;
  return (
    <section className="action-section" aria-labelledby="rally-heading">
      <h2 id="rally-heading">{t("action.rally.heading")}</h2>
      <dl className="stat-grid">
        <div>
          <dt>{t("action.rally.capacity")}</dt>
          <dd>{capacity !== null ? formatNumber(capacity, locale) : t("action.rally.unlimited")}</dd>
        </div>
        <div>
          <dt>{t("action.rally.going")}</dt>
          <dd>{formatNumber(going, locale)}</dd>
        </div>
        <div>
          <dt>{t("action.rally.waitlisted")}</dt>
          <dd>{formatNumber(waitlisted, locale)}</dd>
        </div>
      </dl>
      {full ? <p className="notice">{t("action.rally.full")}</p> : null}
    </section>
  );
}
