import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/admin/bar-chart";
import { CountTable } from "@/components/admin/count-table";
import { guardAdmin } from "@/components/admin/require-admin";
import { loadDashboard } from "@/lib/admin/dashboard";
import { formatNumber } from "@/lib/i18n/format";
import { pageTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ days?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("admin.dashboard.title"), description: t("admin.dashboard.description"), openGraph: { title: t("admin.dashboard.title") } };
}

export default async function AdminDashboardPage({ params, searchParams }: Props) {
  const { locale, t } = await pageTranslator(params);
  const { denied } = await guardAdmin(locale, "/admin");
  if (denied) return denied;
  const days = (await searchParams).days === "30" ? 30 : 7;
  const d = await loadDashboard(days);
  const region = new Intl.DisplayNames([locale], { type: "region" });
  const countryName = (code: string) => {
    try {
      return region.of(code) ?? code;
    } catch {
      return code;
    }
  };
  return (
    <div className="page">
      <h1>{t("admin.dashboard.title")}</h1>
      <p className="lead">{t("admin.dashboard.description")}</p>
      <div className="admin-cards">
        <section className="admin-card" aria-labelledby="pending-heading">
          <h2 id="pending-heading">{t("admin.dashboard.pendingReviews")}</h2>
          <p className="admin-card__number" data-testid="pending-count">{formatNumber(d.pendingReviews, locale)}</p>
          <Link href={`/${locale}/admin/review`}>{t("admin.dashboard.openQueue")}</Link>
        </section>
        <section className="admin-card" aria-labelledby="reports-heading">
          <h2 id="reports-heading">{t("admin.dashboard.openReports")}</h2>
          <p className="admin-card__number" data-testid="reports-count">{formatNumber(d.openReports, locale)}</p>
          <Link href={`/${locale}/admin/reports`}>{t("admin.dashboard.openReportsLink")}</Link>
        </section>
      </div>
      <div className="admin-cards">
        <CountTable
          caption={t("admin.dashboard.upcomingByKind")}
          keyHeading={t("admin.dashboard.kind")}
          countHeading={t("admin.dashboard.count")}
          rows={d.upcomingByKind.map((r) => ({ key: r.kind, label: t(`common.kinds.${r.kind}`), count: r.count }))}
          locale={locale}
          empty={t("admin.dashboard.none")}
        />
        <CountTable
          caption={t("admin.dashboard.upcomingByCountry")}
          keyHeading={t("admin.dashboard.country")}
          countHeading={t("admin.dashboard.count")}
          rows={d.upcomingByCountry.map((r) => ({ key: r.country, label: countryName(r.country), count: r.count }))}
          locale={locale}
          empty={t("admin.dashboard.none")}
        />
      </div>
      <section aria-labelledby="activity-heading">
        <h2 id="activity-heading">{t("admin.dashboard.activity")}</h2>
        <nav className="admin-range" aria-label={t("admin.dashboard.range")}>
          {([7, 30] as const).map((n, i) => (
            <span key={n}>
              {i > 0 ? " · " : null}
              <Link href={`/${locale}/admin${n === 30 ? "?days=30" : ""}`} aria-current={days === n ? "page" : undefined}>
                {t("admin.dashboard.lastDays", { count: n })}
              </Link>
            </span>
          ))}
        </nav>
        <div className="admin-cards">
          <BarChart title={t("admin.dashboard.rsvps")} points={d.rsvps} locale={locale} t={t} />
          <BarChart title={t("admin.dashboard.pledges")} points={d.pledges} locale={locale} t={t} />
        </div>
      </section>
    </div>
  );
}
