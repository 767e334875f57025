import Link from "next/link";
import type { DashboardChapter, DashboardGroup } from "@/lib/organise/dashboard";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { DashboardCard } from "./dashboard-card";

const ORDER: DashboardGroup[] = ["drafts", "rejected", "review", "upcoming", "past", "cancelled"];

/** A chapter's actions by stage; empty stages are listed too so the shape of the work is visible. */
export function DashboardChapterSection({ chapter, locale, t }: { chapter: DashboardChapter; locale: Locale; t: Translate }) {
  const headingId = `chapter-${chapter.slug}`;
  return (
    <section className="org-chapter" aria-labelledby={headingId}>
      <header>
        <h2 id={headingId}>{t("organise.dashboard.chapterHeading", { chapter: chapter.name })}</h2>
        <Link className="button" href={`/${locale}/organise/actions/new?chapter=${chapter.slug}`}>
          {t("organise.dashboard.newAction")}
        </Link>
        <Link href={`/${locale}/organise/chapters/${chapter.slug}`}>{t("organise.dashboard.chapterSettings")}</Link>
      </header>
      {chapter.trusted ? <p className="muted">{t("organise.dashboard.trusted")}</p> : null}
      {ORDER.map((group) => {
        const items = chapter.groups[group];
        if (items.length === 0 && (group === "rejected" || group === "cancelled")) return null;
        return (
          <section key={group} className="org-group" aria-labelledby={`${headingId}-${group}`} data-group={group}>
            <h3 id={`${headingId}-${group}`}>
              {t(`organise.dashboard.groups.${group}`)} <span className="muted">({items.length})</span>
            </h3>
            {items.length === 0 ? (
              <p className="muted">{t("organise.dashboard.groupEmpty")}</p>
            ) : (
              <ul className="org-cards">
                {items.map((a) => (
                  <li key={a.id}>
                    <DashboardCard action={a} past={group === "past"} locale={locale} t={t} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}
