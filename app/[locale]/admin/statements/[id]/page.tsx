import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EndorsementForm } from "@/components/admin/endorsement-form";
import { guardAdmin } from "@/components/admin/require-admin";
import { StatementSettings } from "@/components/admin/statement-settings";
import { TranslationEditor } from "@/components/admin/translation-editor";
import { listAdminChapters } from "@/lib/admin/chapter-queries";
import { getAdminStatement } from "@/lib/admin/statement-queries";
import { isLocale, LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { pageTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("admin.statements.editTitle"), description: t("admin.statements.description") };
}

export default async function EditStatementPage({ params, searchParams }: Props) {
  const { locale, t } = await pageTranslator(params);
  const { id } = await params;
  const { denied } = await guardAdmin(locale, `/admin/statements/${id}`);
  if (denied) return denied;
  const [statement, chapters] = await Promise.all([getAdminStatement(id), listAdminChapters()]);
  if (!statement) notFound();
  const sourceLocale = isLocale(statement.sourceLocale) ? statement.sourceLocale : "en";
  const requested = (await searchParams).lang;
  const target = isLocale(requested) ? requested : (LOCALES.find((l) => l !== sourceLocale && !statement.translations.some((x) => x.locale === l)) ?? sourceLocale);
  const find = (l: string) => statement.translations.find((x) => x.locale === l) ?? null;
  const title = find(locale)?.title ?? find(sourceLocale)?.title ?? statement.slug;
  return (
    <div className="page">
      <p>
        <Link href={`/${locale}/admin/statements`}>{t("admin.statements.back")}</Link>
        {statement.status === "PUBLISHED" ? (
          <>
            {" · "}
            <Link href={`/${locale}/statements/${statement.slug}`}>{t("admin.statements.viewPublic")}</Link>
          </>
        ) : null}
      </p>
      <h1>{title}</h1>
      <StatementSettings statement={statement} />
      <section aria-labelledby="translations-heading">
        <h2 id="translations-heading">{t("admin.statements.translations")}</h2>
        <nav aria-label={t("admin.statements.chooseLanguage")}>
          <ul className="admin-lang-list">
            {LOCALES.map((l) => (
              <li key={l}>
                <Link href={`/${locale}/admin/statements/${statement.id}?lang=${l}`} aria-current={l === target ? "page" : undefined} lang={l}>
                  {LOCALE_NAMES[l]}
                </Link>
                {find(l) ? null : <span className="muted"> ({t("admin.statements.missing")})</span>}
              </li>
            ))}
          </ul>
        </nav>
        <TranslationEditor key={target} statementId={statement.id} target={target} source={find(sourceLocale)} sourceLocale={sourceLocale} existing={find(target)} />
      </section>
      <EndorsementForm statementId={statement.id} chapters={chapters.map((c) => ({ id: c.id, name: c.name }))} endorsed={statement.endorsedChapterIds} />
    </div>
  );
}
