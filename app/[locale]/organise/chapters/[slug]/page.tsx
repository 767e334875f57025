import type { Metadata } from "next";
import "@/components/organise/organise.css";
import { OrganiseBreadcrumb } from "@/components/organise/breadcrumb";
import { ChapterMembers } from "@/components/organise/chapter-members";
import { ChapterSettingsForm } from "@/components/organise/chapter-settings-form";
import { SignInPrompt } from "@/components/organise/sign-in-prompt";
import { getCurrentUser } from "@/lib/auth/current-user";
import { pageTranslator } from "@/lib/i18n/server";
import { tileConfig } from "@/lib/map/tile-config";
import { loadChapterSettings } from "@/lib/organise/chapter-queries";
import { orNotFound } from "@/lib/organise/page-load";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  const title = t("organise.meta.chapterTitle");
  const description = t("organise.meta.chapterDescription");
  return { title, description, openGraph: { title, description }, robots: { index: false } };
}

export default async function ChapterSettingsPage({ params }: Props) {
  const { locale, t } = await pageTranslator(params);
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!user) {
    return (
      <div className="page org-page">
        <h1>{t("organise.meta.chapterTitle")}</h1>
        <SignInPrompt locale={locale} t={t} back={`/${locale}/organise/chapters/${slug}`} />
      </div>
    );
  }
  const { settings, members } = await orNotFound(loadChapterSettings(user, slug));
  const tiles = tileConfig();
  return (
    <div className="page org-page">
      <OrganiseBreadcrumb locale={locale} t={t} trail={[{ label: settings.name }]} />
      <h1>{t("organise.chapter.heading", { chapter: settings.name })}</h1>
      <section className="org-panel" aria-labelledby="details-heading">
        <h2 id="details-heading">{t("organise.chapter.details")}</h2>
        <ChapterSettingsForm
          slug={settings.slug}
          initial={{ name: settings.name, description: settings.description, contact: settings.contact, city: settings.city, countryCode: settings.countryCode, lat: settings.lat, lng: settings.lng }}
          tiles={{ url: tiles.url, attribution: tiles.attribution }}
        />
      </section>
      <section className="org-panel" aria-labelledby="members-heading">
        <h2 id="members-heading">{t("organise.chapter.members")}</h2>
        <ChapterMembers slug={settings.slug} members={members} selfId={user.id} />
      </section>
    </div>
  );
}
