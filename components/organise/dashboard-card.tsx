import Link from "next/link";
import type { DashboardAction } from "@/lib/organise/dashboard";
import { formatDateRange } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { StatusBadge } from "./status-badge";

/** One action on the dashboard: when, how many, and what to do next. */
export function DashboardCard({ action, past, locale, t }: { action: DashboardAction; past: boolean; locale: Locale; t: Translate }) {
  const base = `/${locale}/organise/actions/${action.id}`;
  const { counts } = action;
  const next = past ? t("organise.dashboard.next.past", { days: action.retentionDays }) : t(`organise.dashboard.next.${action.status}`);
  return (
    <article className="org-card" data-action-id={action.id}>
      <p>
        <StatusBadge status={action.status} t={t} /> <span className="muted">{t(`common.kinds.${action.kind}`)}</span>
      </p>
      <h4>
        <Link href={base}>{action.title}</Link>
      </h4>
      <p>
        <time dateTime={action.startsAt}>{formatDateRange(action.startsAt, action.endsAt, locale, action.timeZone)}</time>
      </p>
      <ul className="org-counts">
        {action.kind === "RALLY" || counts.going ? <li>{t("organise.dashboard.counts.going", { count: counts.going })}</li> : null}
        {counts.waitlisted ? <li>{t("organise.dashboard.counts.waitlisted", { count: counts.waitlisted })}</li> : null}
        {action.kind === "DONATION_DRIVE" || counts.pledges ? <li>{t("organise.dashboard.counts.pledges", { count: counts.pledges })}</li> : null}
        {action.kind === "BOYCOTT" || counts.commitments ? <li>{t("organise.dashboard.counts.commitments", { count: counts.commitments })}</li> : null}
      </ul>
      <p className="muted">{next}</p>
      {action.status === "REJECTED" && action.rejectionReason ? <p>{t("organise.dashboard.reason", { reason: action.rejectionReason })}</p> : null}
      <p className="org-buttons">
        <Link href={base}>{t("organise.dashboard.run")}</Link>
        {action.status !== "CANCELLED" ? <Link href={`${base}/edit`}>{t("organise.dashboard.edit")}</Link> : null}
        {action.status === "PUBLISHED" || action.status === "CANCELLED" ? <Link href={`/${locale}/actions/${action.slug}`}>{t("organise.dashboard.view")}</Link> : null}
      </p>
    </article>
  );
}
