import { renderMarkdown } from "@/lib/discovery-ui/render-markdown";
import { formatDateRange, formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { ReviewQueue } from "@/lib/moderation/review-queue";
import { ReviewPlace } from "./review-place";

export type QueueItem = ReviewQueue["items"][number];
type Tiles = { url: string | null; attribution: string };

const day = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));

/**
 * Everything a moderator needs to decide, in one card: content, chapter record, organiser history.
 * Rendered on the server only (the queue places it in its client list): the description goes
 * through the public page's own Markdown sanitiser, and no date is formatted a second time in the browser.
 */
export function ReviewItemView({ item, locale, t, tiles }: { item: QueueItem; locale: Locale; t: Translate; tiles: Tiles }) {
  const rows: [string, string | null][] = [
    [t("admin.review.when"), formatDateRange(item.startsAt, item.endsAt, locale, item.timeZone)],
    [t("admin.review.where"), [item.venue, item.address].filter(Boolean).join(", ") || null],
    [t("admin.review.online"), item.onlineUrl],
    [t("admin.review.privacy"), item.mode === "ONLINE" ? null : t(`admin.review.privacyLevels.${item.locationPrivacy}`)],
    [t("admin.review.capacity"), item.kind === "RALLY" ? (item.capacity === null ? t("admin.review.noLimit") : String(item.capacity)) : null],
    [t("admin.review.languages"), item.languages.join(", ") || null],
    [t("admin.review.accessibility"), item.accessibilityNotes],
    [t("admin.review.legalObserver"), item.legalObserver],
    [t("admin.review.hotline"), item.safetyHotline],
    [t("admin.review.knowYourRights"), item.knowYourRightsUrl],
    [t("admin.review.safetyNotes"), item.safetyNotes],
    [t("admin.review.goal"), item.goalMinor !== null && item.currency ? formatMoney(item.goalMinor, item.currency, locale) : null],
    [t("admin.review.donationUrl"), item.donationUrl],
    [t("admin.review.needs"), item.needs.map((n) => `${n.item} (${n.quantity}${n.unit ? ` ${n.unit}` : ""})`).join("; ") || null],
    [t("admin.review.targets"), item.targets.map((x) => `${x.name}: ${x.reason}`).join("; ") || null],
    [t("admin.review.previousNote"), item.reviewNote],
  ];
  const rec = item.chapterRecord;
  const org = item.organiserHistory;
  return (
    <>
      <p className="muted">
        {t(`common.kinds.${item.kind}`)} · {t(`common.modes.${item.mode}`)} · {t("admin.review.submitted", { date: day(item.submittedAt, locale) })}
      </p>
      <p>
        {t("admin.review.statement")}: <strong>{item.statement.title}</strong>
      </p>
      {item.statement.published ? null : <p className="admin-alert">{t("admin.review.statementDraft")}</p>}
      <div className="review-item__context">
        <section>
          <h3>{t("admin.review.chapterRecord")}</h3>
          <p>
            <strong>{item.chapter.name}</strong> ({item.chapter.countryCode}) · {t(`admin.trust.${item.chapter.trusted ? "TRUSTED" : item.chapter.verified ? "VERIFIED" : "NEW"}`)}
          </p>
          <p>{t("admin.review.recordLine", { published: rec.published, rejected: rec.rejected, cancelled: rec.cancelled, reports: rec.openReports })}</p>
        </section>
        <section>
          <h3>{t("admin.review.organiser")}</h3>
          {item.organiser && org ? (
            <>
              <p>
                <strong>{item.organiser.name ?? item.organiser.email}</strong>
                {item.organiser.name && item.organiser.email ? ` · ${item.organiser.email}` : null}
              </p>
              <p>{t("admin.review.organiserLine", { total: org.total, published: org.published, rejected: org.rejected, cancelled: org.cancelled })}</p>
              <p className="muted">{t("admin.review.accountSince", { date: day(org.memberSince, locale) })}</p>
            </>
          ) : (
            <p>{t("admin.review.noOrganiser")}</p>
          )}
        </section>
      </div>
      <h3>{t("admin.review.details")}</h3>
      {item.description.trim() ? (
        <section className="review-item__description" aria-label={t("admin.review.descriptionHeading")}>
          {/* The same markup and class as the public action page, so the moderator reads what visitors will. */}
          <div className="prose" dir="auto" dangerouslySetInnerHTML={{ __html: renderMarkdown(item.description) }} />
        </section>
      ) : null}
      <ReviewPlace item={item} tiles={tiles} t={t} />
      <dl>
        {rows
          .filter((r): r is [string, string] => !!r[1])
          .map(([label, value]) => (
            <div key={label} style={{ display: "contents" }}>
              <dt>{label}</dt>
              <dd dir="auto">{value}</dd>
            </div>
          ))}
      </dl>
    </>
  );
}
