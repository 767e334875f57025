import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AccessAndLanguages } from "@/components/actions/detail/access-and-languages";
import { ActionCta } from "@/components/actions/detail/action-cta";
import { ActionFacts, ActionHeader } from "@/components/actions/detail/action-header";
import { ActionLocation } from "@/components/actions/detail/action-location";
import { BoycottTargets } from "@/components/actions/detail/boycott-targets";
import { CancelledNotice } from "@/components/actions/detail/cancelled-notice";
import { DriveFacts } from "@/components/actions/detail/drive-facts";
import { participationProps } from "@/components/actions/detail/participation-props";
import { SafetyBlock } from "@/components/actions/detail/safety-block";
import { SharePanel } from "@/components/actions/detail/share-panel";
import { QueryProvider } from "@/components/query-provider";
import { NoScriptCommitment } from "@/components/commitments/no-script-commitment";
import { NoScriptPledge } from "@/components/pledges/no-script-pledge";
import { NoScriptRsvp } from "@/components/rsvps/no-script-rsvp";
import { ParticipationPanel } from "@/components/rsvps/participation-panel";
import { ReportActionForm } from "@/components/reports/report-action-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { loadActionPage } from "@/lib/discovery-ui/action-page-data";
import { appUrl } from "@/lib/env";
import { formatDateRange } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { pageTranslator } from "@/lib/i18n/server";
import { tileConfig } from "@/lib/map/tile-config";
import { isAcceptingNow } from "@/lib/rsvps/action-lock";
import { formOutcome } from "@/lib/rsvps/form-outcome";
import { viewerState } from "@/lib/rsvps/viewer";
import "@/components/actions/actions.css";
import "@/components/actions/detail/detail.css";
import { routeParam } from "@/lib/discovery-ui/route-param";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// generateMetadata and the page share one load per request.
const load = cache((slug: string, locale: Locale, shared: boolean) => loadActionPage(routeParam(slug), locale, shared));

/** Only an anonymous view with no form outcome of its own may use the shared public data. */
async function isSharedView(query: Record<string, string | string[] | undefined>): Promise<boolean> {
  if ((await cookies()).has(sessionCookieName())) return false;
  return !OUTCOMES.some((name) => formOutcome(query, name, []));
}
const OUTCOMES = ["rsvp", "commitment", "pledge"] as const;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, t } = await pageTranslator(params);
  const action = (await load((await params).slug, locale, await isSharedView(await searchParams)))?.action;
  if (!action) return { title: t("action.notFoundTitle") };
  const when = formatDateRange(action.startsAt, action.endsAt, locale, action.timeZone);
  const description = t("action.metaDescription", { kind: t(`common.kinds.${action.kind}`), chapter: action.chapter.name, when });
  const url = `/${locale}/actions/${action.slug}`;
  return {
    title: action.title,
    description,
    alternates: { canonical: url },
    openGraph: { title: action.title, description, type: "article", locale, url },
  };
}

export default async function ActionPage({ params, searchParams }: Props) {
  const { locale, t } = await pageTranslator(params);
  const query = await searchParams;
  const data = await load((await params).slug, locale, await isSharedView(query));
  if (!data) notFound();
  const { action, descriptionHtml: description } = data;
  const tiles = tileConfig();
  const url = `${appUrl()}/${locale}/actions/${action.slug}`;
  const when = formatDateRange(action.startsAt, action.endsAt, locale, action.timeZone);
  const user = await getCurrentUser();
  // Without JavaScript the panel cannot ask the API who is looking: the page does, for the signed-in.
  // A failure here is not "not joined": it goes to the error boundary and the server log.
  const viewer = user ? await viewerState(user, action.id, {}) : null;
  const accepting = isAcceptingNow(action);
  const participation = participationProps(action);
  const place =
    action.mode === "ONLINE" ? t("common.modes.ONLINE") : action.venue || action.address || t("action.cta.near", { city: action.chapter.city });
  const plain = { action, locale, t, signedIn: !!user, accepting };
  const noScript = {
    rsvp: (
      <NoScriptRsvp {...plain} mine={viewer?.rsvp ?? null} outcome={formOutcome(query, "rsvp", ["name", "email", "guests"])} />
    ),
    commitment: (
      <NoScriptCommitment {...plain} joined={!!viewer?.commitment} outcome={formOutcome(query, "commitment", ["email"])} />
    ),
    pledge: action.drive ? (
      <NoScriptPledge {...plain} drive={action.drive} outcome={formOutcome(query, "pledge", ["amountMinor", "currency", "needId", "quantity", "displayName", "email"])} />
    ) : null,
  };

  return (
    <QueryProvider>
      <article className="page action-page" data-kind={action.kind} data-status={action.status}>
        <p className="back-link">
          <Link href={`/${locale}`}>{t("action.backToActions")}</Link>
        </p>
        {action.status === "CANCELLED" ? <CancelledNotice action={action} locale={locale} t={t} /> : null}
        {action.compromised ? (
          <p className="alert alert--warning" role="alert">
            {t("action.compromised")}
          </p>
        ) : null}
        <ActionHeader action={action} t={t} />
        <div className="action-page__layout">
          <div className="action-page__main">
            <ActionCta action={participation} when={when} place={place} />
            <ActionFacts action={action} locale={locale} t={t} />
            <section className="action-section" aria-labelledby="about-heading">
              <h2 id="about-heading">{t("action.about")}</h2>
              {description ? (
                <div className="prose" dir="auto" dangerouslySetInnerHTML={{ __html: description }} />
              ) : (
                <p className="muted">{t("action.noDescription")}</p>
              )}
            </section>
            <ActionLocation action={action} tiles={tiles} t={t} />
            {action.drive ? <DriveFacts action={participation} dropOffs={action.drive.dropOffs} locale={locale} t={t} /> : null}
            {action.boycott ? <BoycottTargets boycott={action.boycott} t={t} /> : null}
            {action.mode !== "ONLINE" || action.kind === "RALLY" ? <SafetyBlock safety={action.safety} t={t} /> : null}
            <AccessAndLanguages notes={action.accessibilityNotes} languages={action.languages} locale={locale} t={t} />
          </div>
          <aside className="action-page__side">
            <ParticipationPanel action={participation} noScript={noScript} />
            <div className="side-card">
              <p>
                <a className="button button--secondary" href={`/api/actions/${action.id}/ics`} download={`${action.slug}.ics`} aria-describedby="calendar-hint">
                  {t("action.calendar.add")}
                </a>
              </p>
              <p id="calendar-hint" className="field__hint">
                {t("action.calendar.hint")}
              </p>
            </div>
            <SharePanel url={url} title={action.title} text={t("action.share.template", { title: action.title, when, url })} />
          </aside>
        </div>
        {action.status === "PUBLISHED" ? <ReportActionForm actionId={action.id} /> : null}
      </article>
    </QueryProvider>
  );
}
