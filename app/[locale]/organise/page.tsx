import type { Metadata } from "next";
import "@/components/organise/organise.css";
import { DashboardChapterSection } from "@/components/organise/dashboard-chapter";
import { SignInPrompt } from "@/components/organise/sign-in-prompt";
import { getCurrentUser } from "@/lib/auth/current-user";
import { pageTranslator } from "@/lib/i18n/server";
import { loadDashboard } from "@/lib/organise/dashboard";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  const title = t("organise.meta.dashboardTitle");
  const description = t("organise.meta.dashboardDescription");
  return { title, description, openGraph: { title, description }, robots: { index: false } };
}

export default async function OrganiseDashboardPage({ params }: Props) {
  const { locale, t } = await pageTranslator(params);
  const user = await getCurrentUser();
  const chapters = user ? await loadDashboard(user) : [];
  return (
    <div className="page org-page">
      <h1>{t("organise.dashboard.heading")}</h1>
      <p className="lead">{t("organise.dashboard.intro")}</p>
      {!user ? (
        <SignInPrompt locale={locale} t={t} back={`/${locale}/organise`} />
      ) : chapters.length === 0 ? (
        <p className="empty-state">{t("organise.dashboard.notOrganiser")}</p>
      ) : (
        chapters.map((c) => <DashboardChapterSection key={c.id} chapter={c} locale={locale} t={t} />)
      )}
    </div>
  );
}
