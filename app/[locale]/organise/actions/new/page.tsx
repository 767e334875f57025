import type { Metadata } from "next";
import "@/components/organise/organise.css";
import { ActionForm } from "@/components/organise/action-form";
import { OrganiseBreadcrumb } from "@/components/organise/breadcrumb";
import { emptyForm } from "@/components/organise/form-state";
import { SignInPrompt } from "@/components/organise/sign-in-prompt";
import { getCurrentUser } from "@/lib/auth/current-user";
import { pageTranslator } from "@/lib/i18n/server";
import { loadFormOptions } from "@/lib/organise/form-options";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ chapter?: string; kind?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  const title = t("organise.meta.newTitle");
  const description = t("organise.meta.newDescription");
  return { title, description, openGraph: { title, description }, robots: { index: false } };
}

export default async function NewActionPage({ params, searchParams }: Props) {
  const { locale, t } = await pageTranslator(params);
  const { chapter: chapterSlug, kind } = await searchParams;
  const user = await getCurrentUser();
  if (!user) {
    return (
      <div className="page org-page">
        <h1>{t("organise.form.createHeading")}</h1>
        <SignInPrompt locale={locale} t={t} back={`/${locale}/organise/actions/new`} />
      </div>
    );
  }
  const options = await loadFormOptions(user, locale);
  const chapter = options.chapters.find((c) => c.slug === chapterSlug) ?? options.chapters[0];
  const initialKind = kind === "DONATION_DRIVE" || kind === "BOYCOTT" ? kind : "RALLY";
  return (
    <div className="page org-page">
      <OrganiseBreadcrumb locale={locale} t={t} trail={[{ label: t("organise.form.createHeading") }]} />
      <h1>{t("organise.form.createHeading")}</h1>
      {chapter ? <ActionForm options={options} initial={emptyForm(chapter, initialKind)} /> : <p className="empty-state">{t("organise.dashboard.notOrganiser")}</p>}
    </div>
  );
}
