import Link from "next/link";
import type { PublicActionDetail } from "@/lib/discovery";
import { formatDateRange } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

/** Title, time (in the action's own zone, zone named), mode, chapter and statement. */
export function ActionHeader({ action, locale, t }: { action: PublicActionDetail; locale: Locale; t: Translate }) {
  return (
    <header className="action-header">
      <p className="action-header__kind">
        <span className={`kind-badge kind-badge--${action.kind.toLowerCase()}`}>{t(`common.kinds.${action.kind}`)}</span>
      </p>
      <h1 dir="auto">{action.title}</h1>
      <dl className="facts">
        <div>
          <dt>{t("action.when")}</dt>
          <dd>
            <time dateTime={action.startsAt}>{formatDateRange(action.startsAt, action.endsAt, locale, action.timeZone)}</time>
          </dd>
        </div>
        <div>
          <dt>{t("action.mode")}</dt>
          <dd>{t(`common.modes.${action.mode}`)}</dd>
        </div>
        <div>
          <dt>{t("action.organisedBy")}</dt>
          <dd>
            <Link href={`/${locale}/chapters/${action.chapter.slug}`}>{action.chapter.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("action.answers")}</dt>
          <dd>
            <Link href={`/${locale}/statements/${action.statement.slug}`}>{action.statement.title}</Link>
          </dd>
        </div>
      </dl>
    </header>
  );
}
