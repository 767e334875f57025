import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CancelRsvpButton } from "@/components/rsvps/cancel-rsvp-button";
import { FormNotices, WithdrawForm } from "@/components/rsvps/no-script-parts";
import "@/components/rsvps/participation.css";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formatDateRange } from "@/lib/i18n/format";
import { pageTranslator } from "@/lib/i18n/server";
import { formOutcome } from "@/lib/rsvps/form-outcome";
import { listMyRsvps } from "@/lib/rsvps/my-rsvps";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("rsvp.me.title"), description: t("rsvp.me.description"), openGraph: { title: t("rsvp.me.title") }, robots: { index: false } };
}

export default async function MyRsvpsPage({ params, searchParams }: Props) {
  const { locale, t } = await pageTranslator(params);
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/me/rsvps`)}`);
  const { items } = await listMyRsvps(user);
  const now = Date.now();
  const upcoming = items.filter((i) => new Date(i.action.endsAt).getTime() > now);
  const past = items.filter((i) => new Date(i.action.endsAt).getTime() <= now).reverse();
  const section = (heading: string, list: typeof items, cancellable: boolean) =>
    list.length === 0 ? null : (
      <section aria-labelledby={`${heading}-h`}>
        <h2 id={`${heading}-h`}>{heading === "upcoming" ? t("rsvp.me.upcoming") : t("rsvp.me.past")}</h2>
        <ul className="my-rsvps">
          {list.map((r) => (
            <li key={r.id} data-status={r.status}>
              <h3>
                <Link href={`/${locale}/actions/${r.action.slug}`}>{r.action.title}</Link>
              </h3>
              <p>
                <time dateTime={r.action.startsAt}>{formatDateRange(r.action.startsAt, r.action.endsAt, locale, r.action.timeZone)}</time>
              </p>
              <p>
                <strong>{r.status === "GOING" ? t("rsvp.me.statusGOING") : t("rsvp.me.statusWAITLISTED", { position: r.position ?? 1 })}</strong>
                {r.guests > 0 ? <> · {t("rsvp.me.guests", { count: r.guests })}</> : null}
              </p>
              {cancellable ? (
                <>
                  <CancelRsvpButton rsvpId={r.id} label={`${t("rsvp.cancel")}: ${r.action.title}`} />
                  <noscript>
                    <WithdrawForm kind="rsvp" id={r.id} back={`/${locale}/me/rsvps`} label={t("rsvp.cancel")} ariaLabel={`${t("rsvp.cancel")}: ${r.action.title}`} />
                  </noscript>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    );
  return (
    <div className="page my-rsvps-page">
      <h1>{t("rsvp.me.title")}</h1>
      <p className="lead">{t("rsvp.me.description")}</p>
      {/* Back from a cancel made without JavaScript (app/api/withdrawals). */}
      <FormNotices outcome={formOutcome(await searchParams, "rsvp", [])} t={t} withdrawnText={t("rsvp.cancelled")} current={false} />
      {upcoming.length === 0 ? <p className="empty-state">{t("rsvp.me.empty")}</p> : null}
      {section("upcoming", upcoming, true)}
      {section("past", past, false)}
    </div>
  );
}
