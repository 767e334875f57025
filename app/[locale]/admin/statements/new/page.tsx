import type { Metadata } from "next";
import Link from "next/link";
import { guardAdmin } from "@/components/admin/require-admin";
import { StatementCreateForm } from "@/components/admin/statement-create-form";
import { pageTranslator } from "@/lib/i18n/server";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("admin.statements.new"), description: t("admin.statements.newIntro") };
}

export default async function NewStatementPage({ params }: Props) {
  const { locale, t } = await pageTranslator(params);
  const { denied } = await guardAdmin(locale, "/admin/statements/new");
  if (denied) return denied;
  return (
    <div className="page">
      <p>
        <Link href={`/${locale}/admin/statements`}>{t("admin.statements.back")}</Link>
      </p>
      <h1>{t("admin.statements.new")}</h1>
      <p className="lead">{t("admin.statements.newIntro")}</p>
      <StatementCreateForm />
    </div>
  );
}
