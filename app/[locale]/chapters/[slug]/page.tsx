import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ActionCard } from "@/components/actions/action-card";
import { ChapterContact } from "@/components/chapters/chapter-contact";
import { getChapter } from "@/lib/discovery";
import { regionName } from "@/lib/discovery-ui/language-name";
import { renderMarkdown } from "@/lib/discovery-ui/render-markdown";
import type { Locale } from "@/lib/i18n/locales";
import { pageTranslator } from "@/lib/i18n/server";
import "@/components/actions/actions.css";
import "@/components/chapters/chapters.css";
import "@/components/actions/detail/detail.css";
import { routeParam } from "@/lib/discovery-ui/route-param";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

const load = cache((slug: string, locale: Locale) => getChapter(routeParam(slug), locale));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await pageTranslator(params);
  const chapter = await load((await params).slug, locale);
  if (!chapter) return { title: t("chapter.notFoundTitle") };
  const description = t("chapter.metaDescription", { name: chapter.name, city: chapter.city });
  const url = `/${locale}/chapters/${chapter.slug}`;
  return { title: chapter.name, description, alternates: { canonical: url }, openGraph: { title: chapter.name, description, type: "profile", locale, url } };
}

export default async function ChapterPage({ params }: Props) {
  const { locale, t } = await pageTranslator(params);
  const chapter = await load((await params).slug, locale);
  if (!chapter) notFound();
  return (
    <article className="page chapter-page">
      <p className="back-link">
        <Link href={`/${locale}/chapters`}>{t("chapter.listTitle")}</Link>
      </p>
      <h1>{chapter.name}</h1>
      <p className="lead">
        {t("chapter.city", { city: chapter.city, country: regionName(chapter.countryCode, locale) })}
        {chapter.verified ? <span className="tag tag--verified">{t("chapter.verified")}</span> : null}
      </p>
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t("chapter.about")}</h2>
        {chapter.description.trim() ? (
          <div className="prose" dir="auto" dangerouslySetInnerHTML={{ __html: renderMarkdown(chapter.description) }} />
        ) : (
          <p className="muted">{t("chapter.noDescription")}</p>
        )}
      </section>
      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading">{t("chapter.contact")}</h2>
        <p>{chapter.contact ? <ChapterContact contact={chapter.contact} /> : <span className="muted">{t("chapter.noContact")}</span>}</p>
      </section>
      {chapter.endorsedStatements.length ? (
        <section aria-labelledby="endorses-heading">
          <h2 id="endorses-heading">{t("chapter.endorsesHeading")}</h2>
          <ul>
            {chapter.endorsedStatements.map((s) => (
              <li key={s.slug}>
                <Link href={`/${locale}/statements/${s.slug}`}>{s.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t("chapter.upcomingHeading")}</h2>
        {chapter.upcomingActions.length ? (
          <>
            <ul className="action-list">
              {chapter.upcomingActions.map((a) => (
                <li key={a.id}>
                  <ActionCard action={a} locale={locale} t={t} />
                </li>
              ))}
            </ul>
            <p>
              <Link href={`/${locale}?chapter=${encodeURIComponent(chapter.slug)}`}>{t("chapter.seeOnMap")}</Link>
            </p>
          </>
        ) : (
          <p className="empty-state">{t("chapter.noUpcoming")}</p>
        )}
      </section>
    </article>
  );
}
