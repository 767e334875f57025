import type { Metadata } from "next";
import Link from "next/link";
import { PeerReviewToggle } from "@/components/translations/peer-review-toggle";
import { requireTranslator } from "@/components/translations/require-translator";
import { SubmissionReview } from "@/components/translations/submission-review";
import { isAdmin } from "@/lib/auth/policy";
import { languageName } from "@/lib/discovery-ui/language-name";
import { pageTranslator } from "@/lib/i18n/server";
import { translationWorkFor } from "@/lib/translations/work-list";
import "@/components/translations/translations.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("translate.meta.title"), description: t("translate.meta.description"), robots: { index: false } };
}

/** A translator's to-do list: every statement, per language they translate, and what waits for review. */
export default async function TranslatePage({ params }: Props) {
  const { locale, t } = await pageTranslator(params);
  const { user } = await requireTranslator(locale, "/translate");
  const work = await translationWorkFor(user, locale);
  return (
    <div className="page translate-page">
      <h1>{t("translate.heading")}</h1>
      <p>{t("translate.intro")}</p>
      {isAdmin(user) ? (
        <details className="translate-settings">
          <summary>{t("translate.peerReview.settings")}</summary>
          {work.locales.map((l) => (
            <PeerReviewToggle key={l.locale} locale={l.locale} language={languageName(l.locale, locale)} initial={l.peerReview} />
          ))}
        </details>
      ) : null}
      {work.statements.length === 0 ? <p className="empty-state">{t("translate.empty")}</p> : null}
      <ul className="translate-list">
        {work.statements.map((s) => (
          <li key={s.id} className="translate-card">
            <h2>{s.title}</h2>
            {s.status === "DRAFT" ? <p className="muted">{t("translate.draftStatement")}</p> : null}
            <ul className="translate-languages">
              {s.languages
                .filter((l) => l.state !== "source")
                .map((l) => {
                  const language = languageName(l.locale, locale);
                  return (
                    <li key={l.locale} data-locale={l.locale} data-state={l.state}>
                      <span className={`translate-state translate-state--${l.state}`}>
                        {language}: {t(`translate.states.${l.state as "missing" | "outdated" | "current"}`)}
                      </span>{" "}
                      <Link className="button button--secondary" href={`/${locale}/translate/${s.slug}/${l.locale}`}>
                        {l.state === "missing" ? t("translate.translate", { language }) : t("translate.update", { language })}
                      </Link>
                      {l.submissions.length ? (
                        <section aria-label={t("translate.review.heading")}>
                          <p>{t("translate.pending", { count: l.submissions.length })}</p>
                          {l.submissions.map((x) => (
                            <SubmissionReview key={x.id} submission={x} />
                          ))}
                        </section>
                      ) : null}
                    </li>
                  );
                })}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
