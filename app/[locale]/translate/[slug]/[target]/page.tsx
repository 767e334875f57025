import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireTranslator } from "@/components/translations/require-translator";
import { TranslationForm } from "@/components/translations/translation-form";
import { languageName } from "@/lib/discovery-ui/language-name";
import { renderMarkdown } from "@/lib/discovery-ui/render-markdown";
import { isLocale, textDirection } from "@/lib/i18n/locales";
import { pageTranslator } from "@/lib/i18n/server";
import { loadTranslationEditor } from "@/lib/translations/editor-data";
import "@/components/translations/translations.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string; target: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("translate.meta.title"), robots: { index: false } };
}

/** Side by side: the source text as the public page renders it, and the translator's form. */
export default async function TranslateStatementPage({ params }: Props) {
  const { locale, t } = await pageTranslator(params);
  const { slug, target } = await params;
  if (!isLocale(target)) notFound();
  const { user } = await requireTranslator(locale, `/translate/${slug}/${target}`, target);
  const data = await loadTranslationEditor(user, slug, target);
  if (!data) notFound();
  const language = languageName(target, locale);
  const sourceDir = isLocale(data.sourceLocale) ? textDirection(data.sourceLocale) : undefined;
  return (
    <div className="page translate-page">
      <p>
        <Link href={`/${locale}/translate`}>{t("translate.editor.back")}</Link>
      </p>
      <h1>{t("translate.editor.heading", { title: data.source.title, language })}</h1>
      {data.outdated ? (
        <p className="notice" role="note">
          {t("translate.editor.outdated")}
        </p>
      ) : null}
      <div className="translate-columns">
        <section className="translate-source" aria-labelledby="source-heading">
          <h2 id="source-heading">{t("translate.editor.source", { language: languageName(data.sourceLocale, locale) })}</h2>
          <div lang={data.sourceLocale} dir={sourceDir}>
            <h3>{data.source.title}</h3>
            {data.source.summary ? <p className="lead">{data.source.summary}</p> : null}
            <div className="prose" dangerouslySetInnerHTML={{ __html: renderMarkdown(data.source.body) }} />
            {data.source.demands.length ? (
              <ol>
                {data.source.demands.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ol>
            ) : null}
          </div>
        </section>
        <TranslationForm slug={data.slug} target={target} language={language} initial={data.current} sourceDemands={data.source.demands.length} />
      </div>
    </div>
  );
}
