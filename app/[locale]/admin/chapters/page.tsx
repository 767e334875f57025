import type { Metadata } from "next";
import Link from "next/link";
import { ChapterTrustSelect } from "@/components/admin/chapter-trust-select";
import { guardAdmin } from "@/components/admin/require-admin";
import { listAdminChapters } from "@/lib/admin/chapter-queries";
import { pageTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("admin.chapters.title"), description: t("admin.chapters.description"), openGraph: { title: t("admin.chapters.title") } };
}

export default async function ChaptersAdminPage({ params }: Props) {
  const { locale, t } = await pageTranslator(params);
  const { denied } = await guardAdmin(locale, "/admin/chapters");
  if (denied) return denied;
  const chapters = await listAdminChapters();
  return (
    <div className="page">
      <h1>{t("admin.chapters.title")}</h1>
      <p className="lead">{t("admin.chapters.description")}</p>
      <p className="muted">{t("admin.chapters.trustHint")}</p>
      <p>
        <Link className="button" href={`/${locale}/admin/chapters/new`}>
          {t("admin.chapters.new")}
        </Link>
      </p>
      {chapters.length === 0 ? (
        <p className="empty-state">{t("admin.chapters.empty")}</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.chapters.name")}</th>
                <th scope="col">{t("admin.chapters.countryCode")}</th>
                <th scope="col">{t("admin.chapters.organisers")}</th>
                <th scope="col">{t("admin.chapters.actions")}</th>
                <th scope="col">{t("admin.chapters.trust")}</th>
              </tr>
            </thead>
            <tbody>
              {chapters.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link href={`/${locale}/admin/chapters/${c.id}`}>{c.name}</Link>
                    <br />
                    <span className="muted">{c.city}</span>
                  </th>
                  <td>{c.countryCode}</td>
                  <td>{c.organisers}</td>
                  <td>{c.actions}</td>
                  <td>
                    <ChapterTrustSelect chapterId={c.id} name={c.name} initial={c.trust} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
