import type { Metadata } from "next";
import Link from "next/link";
import { CancelConfirm } from "@/components/rsvps/cancel-confirm";
import { formErrorText } from "@/components/rsvps/no-script-parts";
import { NoScriptWithdraw } from "@/components/rsvps/no-script-withdraw";
import { DONE } from "@/components/rsvps/withdraw-texts";
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
  // Back from the no-JavaScript form (app/api/withdrawals): the row may be gone by now, so say it here.
  const withdrawn = one(q.withdrawn);
  const failed = one(q.rsvpError) ?? one(q.commitmentError) ?? one(q.pledgeError);
  if (withdrawn === "rsvp" || withdrawn === "commitment" || withdrawn === "pledge") {
    return (
      <div className="page cancel-page">
        <h1>{t("rsvp.cancelPage.title")}</h1>
        <p className="p-notice" role="status">
          {t(DONE[withdrawn])}
        </p>
        {target ? <Link href={`/${locale}/actions/${target.slug}`}>{t("rsvp.cancelPage.backToAction")}</Link> : null}
      </div>
    );
  }
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
            {failed ? (
              <p className="p-error" role="alert">
                {formErrorText(t, failed)}
              </p>
            ) : null}
            <CancelConfirm kind={target.kind} id={target.id} actionId={target.actionId} token={token} actionHref={`/${locale}/actions/${target.slug}`} />
            <NoScriptWithdraw kind={target.kind} id={target.id} actionId={target.actionId} token={token} locale={locale} t={t} />
          </>
        )}
      </div>
    </QueryProvider>
  );
}
