import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChapterForm } from "@/components/admin/chapter-form";
import { guardAdmin } from "@/components/admin/require-admin";
import { getAdminChapter } from "@/lib/admin/chapter-queries";
import { pageTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("admin.chapters.edit"), description: t("admin.chapters.description") };
}

export default async function EditChapterPage({ params }: Props) {
  const { locale, t } = await pageTranslator(params);
  const { id } = await params;
  const { denied } = await guardAdmin(locale, `/admin/chapters/${id}`);
  if (denied) return denied;
  const chapter = await getAdminChapter(id);
  if (!chapter) notFound();
  return (
    <div className="page">
      <p>
        <Link href={`/${locale}/admin/chapters`}>{t("admin.chapters.back")}</Link>
      </p>
      <h1>{t("admin.chapters.editTitle", { name: chapter.name })}</h1>
      <ChapterForm chapter={chapter} />
    </div>
  );
}
