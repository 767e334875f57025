import type { Metadata } from "next";
import Link from "next/link";
import { ChapterForm } from "@/components/admin/chapter-form";
import { guardAdmin } from "@/components/admin/require-admin";
import { pageTranslator } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("admin.chapters.new"), description: t("admin.chapters.description") };
}

export default async function NewChapterPage({ params }: Props) {
  const { locale, t } = await pageTranslator(params);
  const { denied } = await guardAdmin(locale, "/admin/chapters/new");
  if (denied) return denied;
  return (
    <div className="page">
      <p>
        <Link href={`/${locale}/admin/chapters`}>{t("admin.chapters.back")}</Link>
      </p>
      <h1>{t("admin.chapters.new")}</h1>
      <ChapterForm />
    </div>
  );
}
