import Link from "next/link";
import type { UpcomingActionDto } from "@/lib/actions/upcoming";
import { formatDateRange } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";

export function ActionCard({ action, locale, t }: { action: UpcomingActionDto; locale: Locale; t: Translate }) {
  return (
    <article className="action-card" data-kind={action.kind}>
      <p className="action-card__kind">
        <span className={`kind-badge kind-badge--${action.kind.toLowerCase()}`}>{t(`common.kinds.${action.kind}`)}</span>
        <span className="muted"> · {t(`common.modes.${action.mode}`)}</span>
      </p>
      <h3 className="action-card__title">
        <Link href={`/${locale}/actions/${action.slug}`}>{action.title}</Link>
      </h3>
      <p className="action-card__when">
        <time dateTime={action.startsAt}>{formatDateRange(action.startsAt, action.endsAt, locale, action.timeZone)}</time>
      </p>
      <p className="action-card__meta">
        {t("home.byChapter", { chapter: action.chapter.name })}
        {action.kind === "RALLY" ? <> · {t("home.goingCount", { count: action.going })}</> : null}
      </p>
    </article>
  );
}
