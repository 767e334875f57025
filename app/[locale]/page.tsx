import type { Metadata } from "next";
import { ActionCard } from "@/components/actions/action-card";
import { listUpcomingActions } from "@/lib/actions/upcoming";
import { pageTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("home.title"), description: t("home.description"), openGraph: { title: t("home.title"), description: t("home.description") } };
}

export default async function HomePage({ params }: Props) {
  const { locale, t } = await pageTranslator(params);
  const actions = await listUpcomingActions(locale);
  return (
    <div className="page">
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.description")}</p>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t("home.upcomingHeading")}</h2>
        {actions.length === 0 ? (
          <p className="empty-state">{t("home.empty")}</p>
        ) : (
          <ul className="action-list">
            {actions.map((a) => (
              <li key={a.id}>
                <ActionCard action={a} locale={locale} t={t} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
