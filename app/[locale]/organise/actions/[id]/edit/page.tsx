import type { Metadata } from "next";
import { notFound } from "next/navigation";
import "@/components/organise/organise.css";
import { ActionForm } from "@/components/organise/action-form";
import { OrganiseBreadcrumb } from "@/components/organise/breadcrumb";
import { formFromFields } from "@/components/organise/form-state";
import { SignInPrompt } from "@/components/organise/sign-in-prompt";
import { getCurrentUser } from "@/lib/auth/current-user";
import { pageTranslator } from "@/lib/i18n/server";
import { loadFormOptions } from "@/lib/organise/form-options";
import { loadActionForEdit } from "@/lib/organise/load-for-edit";
import { orNotFound } from "@/lib/organise/page-load";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  const title = t("organise.meta.editTitle");
  return { title, description: t("organise.meta.dashboardDescription"), openGraph: { title }, robots: { index: false } };
}

export default async function EditActionPage({ params }: Props) {
  const { locale, t } = await pageTranslator(params);
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) {
    return (
      <div className="page org-page">
        <h1>{t("organise.meta.editTitle")}</h1>
        <SignInPrompt locale={locale} t={t} back={`/${locale}/organise/actions/${id}/edit`} />
      </div>
    );
  }
  const view = await orNotFound(loadActionForEdit(user, id));
  if (view.status === "CANCELLED") notFound();
  const options = await loadFormOptions(user, locale, view.fields.languages);
  // The statement may have been unpublished since; keep it selectable so the form shows the truth.
  if (!options.statements.some((s) => s.id === view.fields.statementId)) options.statements.unshift({ id: view.fields.statementId, title: view.fields.statementId });
  return (
    <div className="page org-page">
      <OrganiseBreadcrumb locale={locale} t={t} trail={[{ href: `/${locale}/organise/actions/${view.id}`, label: view.fields.title }, { label: t("organise.run.edit") }]} />
      <h1>{t("organise.form.editHeading", { title: view.fields.title })}</h1>
      <ActionForm options={options} initial={formFromFields(view.chapterId, view.fields)} edit={{ id: view.id, status: view.status }} />
    </div>
  );
}
