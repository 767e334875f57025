import type { Metadata } from "next";
import Link from "next/link";
import { guardAdmin } from "@/components/admin/require-admin";
import { listAdminStatements } from "@/lib/admin/statement-queries";
import { LOCALES } from "@/lib/i18n/locales";
import { pageTranslator } from "@/lib/i18n/server";
import { pickTranslation } from "@/lib/statements/pick-translation";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("admin.statements.title"), description: t("admin.statements.description"), openGraph: { title: t("admin.statements.title") } };
}

export default async function StatementsAdminPage({ params }: Props) {
  const { locale, t } = await pageTranslator(params);
  const { denied } = await guardAdmin(locale, "/admin/statements");
  if (denied) return denied;
  const statements = await listAdminStatements();
  return (
    <div className="page">
      <h1>{t("admin.statements.title")}</h1>
      <p className="lead">{t("admin.statements.description")}</p>
      <p>
        <Link className="button" href={`/${locale}/admin/statements/new`}>
          {t("admin.statements.new")}
        </Link>
      </p>
      {statements.length === 0 ? (
        <p className="empty-state">{t("admin.statements.empty")}</p>
      ) : (
        <ul className="review-list">
          {statements.map((s) => {
            const title = pickTranslation(s.translations, locale, s.sourceLocale)?.translation.title ?? s.slug;
            return (
              <li key={s.id} className="admin-card">
                <h2>
                  <Link href={`/${locale}/admin/statements/${s.id}`}>{title}</Link>
                </h2>
                <p className="muted">
                  {t(`admin.statements.status.${s.status}`)} · {t("admin.statements.translationsCount", { done: s.translations.length, total: LOCALES.length })} ·{" "}
                  {t("admin.statements.actionsCount", { count: s.actions })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
