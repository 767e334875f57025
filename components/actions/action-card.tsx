import Link from "next/link";
import type { NearActionItem, PublicActionItem } from "@/lib/actions/public-dto";
import { formatDistanceKm } from "@/lib/discovery-ui/format-distance";
import { formatDateRange } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { actionCountPhrases } from "./action-counts";

type Item = PublicActionItem & { distanceKm?: NearActionItem["distanceKm"] };

/**
 * One action in a list. Plain (no hooks) so both the server list and the client "more" pages use
 * it; the title link is the card's only tab stop, so keyboard users move action by action.
 */
export function ActionCard({ action, locale, t, headingLevel = 3 }: { action: Item; locale: Locale; t: Translate; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="action-card" data-kind={action.kind} data-action-id={action.id}>
      <p className="action-card__kind">
        <span className={`kind-badge kind-badge--${action.kind.toLowerCase()}`}>{t(`common.kinds.${action.kind}`)}</span>
        <span className="muted"> · {t(`common.modes.${action.mode}`)}</span>
      </p>
      <Heading className="action-card__title" dir="auto">
        <Link href={`/${locale}/actions/${action.slug}`}>{action.title}</Link>
      </Heading>
      <p className="action-card__when">
        <time dateTime={action.startsAt}>{formatDateRange(action.startsAt, action.endsAt, locale, action.timeZone)}</time>
      </p>
      <p className="action-card__meta">
        {t("home.byChapter", { chapter: action.chapter.name })}
        {actionCountPhrases(action, t).map((phrase) => (
          <span key={phrase}> · {phrase}</span>
        ))}
      </p>
      {action.distanceKm !== undefined ? (
        <p className="action-card__distance">
          {t("discover.distanceAway", { distance: formatDistanceKm(action.distanceKm, locale) })}
        </p>
      ) : null}
    </article>
  );
}
