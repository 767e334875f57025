import Link from "next/link";
import type { PublicActionDetail } from "@/lib/discovery";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

/** Kind and title only: the time and place follow at once in the call to action. */
export function ActionHeader({ action, t }: { action: PublicActionDetail; t: Translate }) {
  return (
    <header className="action-header">
      <p className="action-header__kind">
        <span className={`kind-badge kind-badge--${action.kind.toLowerCase()}`}>{t(`common.kinds.${action.kind}`)}</span>
      </p>
      <h1 dir="auto">{action.title}</h1>
    </header>
  );
}

/** Mode, chapter and statement: below the call to action, they are not what people came to do. */
export function ActionFacts({ action, locale, t }: { action: PublicActionDetail; locale: Locale; t: Translate }) {
  return (
    <dl className="facts">
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
  );
}
