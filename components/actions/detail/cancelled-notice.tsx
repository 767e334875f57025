import type { PublicActionDetail } from "@/lib/discovery";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

/** Cancelled actions stay public so nobody travels for nothing; this says so first. */
export function CancelledNotice({ action, locale, t }: { action: PublicActionDetail; locale: Locale; t: Translate }) {
  return (
    <div className="alert alert--danger" role="alert">
      <h2 className="alert__title">{t("action.cancelledTitle")}</h2>
      <p dir={action.cancelMessage?.trim() ? "auto" : undefined}>{action.cancelMessage?.trim() || t("action.cancelledDefault")}</p>
      {action.cancelledAt ? (
        <p className="muted">{t("action.cancelledOn", { date: formatDateTime(action.cancelledAt, locale, action.timeZone) })}</p>
      ) : null}
    </div>
  );
}
