import type { Metadata } from "next";
import "@/components/organise/organise.css";
import { AttendeeCheckin } from "@/components/organise/attendee-checkin";
import { OrganiseBreadcrumb } from "@/components/organise/breadcrumb";
import { ExportForm } from "@/components/organise/export-form";
import { MessageForm } from "@/components/organise/message-form";
import { PledgeList } from "@/components/organise/pledge-list";
import { RapidResponse } from "@/components/organise/rapid-response";
import { RunToolbar } from "@/components/organise/run-toolbar";
import { SignInPrompt } from "@/components/organise/sign-in-prompt";
import { StatusBadge } from "@/components/organise/status-badge";
import { SubmittedNotice } from "@/components/organise/submitted-notice";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formatDateRange, formatDateTime } from "@/lib/i18n/format";
import { pageTranslator } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/organise/page-load";
import { loadRunView } from "@/lib/organise/run-view";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string; submitted?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  const title = t("organise.meta.runTitle");
  const description = t("organise.meta.runDescription");
  return { title, description, openGraph: { title, description }, robots: { index: false } };
}

export default async function RunActionPage({ params, searchParams }: Props) {
  const { locale, t } = await pageTranslator(params);
  const { id } = await params;
  const { saved, submitted } = await searchParams;
  const user = await getCurrentUser();
  if (!user) {
    return (
      <div className="page org-page">
        <h1>{t("organise.meta.runTitle")}</h1>
        <SignInPrompt locale={locale} t={t} back={`/${locale}/organise/actions/${id}`} />
      </div>
    );
  }
  const view = await orNotFound(loadRunView(user, id));
  const { action } = view;
  const savedCount = Number(saved ?? 0);
  const place = [action.venue, action.address].filter(Boolean).join(", ");
  const inPerson = action.mode !== "ONLINE";
  return (
    <div className="page org-page">
      <OrganiseBreadcrumb locale={locale} t={t} trail={[{ label: action.title }]} />
      <h1>{t("organise.run.heading", { title: action.title })}</h1>
      <p>
        <StatusBadge status={action.status} t={t} /> <span className="muted">{t(`common.kinds.${action.kind}`)} · {action.chapter.name}</span>
      </p>
      {submitted ? (
        <SubmittedNotice locale={locale} t={t} status={action.status} slug={action.slug} />
      ) : savedCount > 0 ? (
        <p className="org-alert org-alert--ok">{t("organise.form.savedSeries", { count: savedCount })}</p>
      ) : null}
      {action.status === "REJECTED" && action.rejectionReason ? <p className="org-alert">{t("organise.dashboard.reason", { reason: action.rejectionReason })}</p> : null}
      {action.compromisedAt ? <p className="org-alert org-alert--error">{t("organise.run.rapid.compromisedAt", { time: formatDateTime(action.compromisedAt, locale, action.timeZone) })}</p> : null}
      <dl>
        <dt>{t("organise.run.when")}</dt>
        <dd>
          <time dateTime={action.startsAt}>{formatDateRange(action.startsAt, action.endsAt, locale, action.timeZone)}</time>
        </dd>
        {inPerson ? (
          <>
            <dt>{t("organise.run.where")}</dt>
            <dd>{place || "—"}</dd>
          </>
        ) : null}
      </dl>
      <RunToolbar actionId={action.id} slug={action.slug} status={action.status} trusted={action.chapter.trusted} />

      <div className="org-run">
        {action.kind !== "BOYCOTT" || view.attendees.length ? (
          <section className="org-panel" aria-labelledby="attendees-heading">
            <h2 id="attendees-heading">{t("organise.run.attendees")}</h2>
            <AttendeeCheckin actionId={action.id} timeZone={action.timeZone} attendees={view.attendees} />
          </section>
        ) : null}

        {action.kind === "DONATION_DRIVE" || view.pledges.length ? (
          <section className="org-panel" aria-labelledby="pledges-heading">
            <h2 id="pledges-heading">{t("organise.run.pledges.heading")}</h2>
            <PledgeList actionId={action.id} pledges={view.pledges} />
          </section>
        ) : null}

        {action.kind === "BOYCOTT" || view.commitments.count ? (
          <section className="org-panel" aria-labelledby="commitments-heading">
            <h2 id="commitments-heading">{t("organise.run.commitments.heading")}</h2>
            {view.commitments.count ? (
              <p>
                {t("organise.run.commitments.count", { count: view.commitments.count })}
                {view.commitments.latest ? ` · ${t("organise.run.commitments.since", { time: formatDateTime(view.commitments.latest, locale, action.timeZone) })}` : ""}
              </p>
            ) : (
              <p className="empty-state">{t("organise.run.commitments.none")}</p>
            )}
          </section>
        ) : null}

        <section className="org-panel" aria-labelledby="message-heading">
          <h2 id="message-heading">{t("organise.run.message.heading")}</h2>
          <MessageForm actionId={action.id} />
        </section>

        <section className="org-panel" aria-labelledby="export-heading">
          <h2 id="export-heading">{t("organise.run.export.heading")}</h2>
          <ExportForm actionId={action.id} />
        </section>

        {action.status !== "CANCELLED" ? (
          <section className="org-panel org-danger-zone" aria-labelledby="rapid-heading">
            <h2 id="rapid-heading">{t("organise.run.rapid.heading")}</h2>
            <RapidResponse
              actionId={action.id}
              inPerson={inPerson}
              center={action.lat !== null && action.lng !== null ? { lat: action.lat, lng: action.lng } : { lat: 0, lng: 0 }}
              tiles={view.tiles}
            />
          </section>
        ) : null}
      </div>
    </div>
  );
}
