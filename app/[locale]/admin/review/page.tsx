import type { Metadata } from "next";
import { guardAdmin } from "@/components/admin/require-admin";
import { ReviewFilters } from "@/components/admin/review-filters";
import { ReviewItemView } from "@/components/admin/review-item-view";
import { ReviewQueue } from "@/components/admin/review-queue";
import { ShortcutHelp } from "@/components/admin/shortcut-help";
import { pageTranslator } from "@/lib/i18n/server";
import { tileConfig } from "@/lib/map/tile-config";
import { listReviewQueue } from "@/lib/moderation/review-queue";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ language?: string; country?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("admin.review.title"), description: t("admin.review.description"), openGraph: { title: t("admin.review.title") } };
}

export default async function ReviewPage({ params, searchParams }: Props) {
  const { locale, t } = await pageTranslator(params);
  const { denied } = await guardAdmin(locale, "/admin/review");
  if (denied) return denied;
  const sp = await searchParams;
  const filter = { language: sp.language?.slice(0, 10) || undefined, country: sp.country?.slice(0, 2) || undefined };
  const queue = await listReviewQueue(filter);
  const tiles = tileConfig();
  const details = Object.fromEntries(queue.items.map((item) => [item.id, <ReviewItemView key={item.id} item={item} locale={locale} t={t} tiles={tiles} />]));
  return (
    <div className="page">
      <h1>{t("admin.review.title")}</h1>
      <p className="lead">{t("admin.review.description")}</p>
      <ReviewFilters locale={locale} t={t} languages={queue.languages} countries={queue.countries} current={filter} />
      <ShortcutHelp />
      {/* Keyed by the filter so changing it starts a fresh list instead of keeping stale items. */}
      <ReviewQueue key={`${filter.language ?? ""}-${filter.country ?? ""}`} initial={queue.items} details={details} />
    </div>
  );
}
