import type { Metadata } from "next";
import { CancelConfirm } from "@/components/rsvps/cancel-confirm";
import { QueryProvider } from "@/components/query-provider";
import "@/components/rsvps/participation.css";
import { pageTranslator } from "@/lib/i18n/server";
import { findCancelTarget } from "@/lib/rsvps/cancel-lookup";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  const title = t("rsvp.cancelPage.title");
  // The URL carries a cancel code: keep it out of indexes and out of other sites' Referer logs.
  return { title, description: t("rsvp.cancelPage.description"), openGraph: { title }, robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function CancelPage({ params, searchParams }: Props) {
  const { locale, t } = await pageTranslator(params);
  const q = await searchParams;
  const token = one(q.token);
  const target = await findCancelTarget({ rsvp: one(q.rsvp), commitment: one(q.commitment), pledge: one(q.pledge), token });
  return (
    <QueryProvider>
      <div className="page cancel-page">
        <h1>{t("rsvp.cancelPage.title")}</h1>
        {!target || !token ? (
          <p className="empty-state">{t("rsvp.cancelPage.invalid")}</p>
        ) : target.cancelled ? (
          <p className="p-notice" role="status">
            {t("rsvp.cancelPage.alreadyCancelled")}
          </p>
        ) : (
          <>
            <p>{t(`rsvp.cancelPage.${target.kind}Intro`, { title: target.title })}</p>
            <CancelConfirm kind={target.kind} id={target.id} actionId={target.actionId} token={token} actionHref={`/${locale}/actions/${target.slug}`} />
          </>
        )}
      </div>
    </QueryProvider>
  );
}
