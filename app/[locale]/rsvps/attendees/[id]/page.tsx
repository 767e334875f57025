import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AttendeeTables } from "@/components/rsvps/attendee-tables";
import "@/components/rsvps/participation.css";
import { listAttendees } from "@/lib/attendees/queries";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors";
import { pageTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("rsvp.attendees.title"), description: t("rsvp.attendees.description"), openGraph: { title: t("rsvp.attendees.title") }, robots: { index: false } };
}

/** A simple organiser view of one action's attendees; the same rule as the JSON endpoint. */
export default async function AttendeesPage({ params }: Props) {
  const { locale, t } = await pageTranslator(params);
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/rsvps/attendees/${id}`)}`);
  let data;
  try {
    data = await listAttendees(user, decodeURIComponent(id));
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    if (e instanceof AppError && e.code === "FORBIDDEN") {
      return (
        <div className="page attendees-page">
          <h1>{t("rsvp.attendees.title")}</h1>
          <p className="empty-state" role="alert">
            {t("rsvp.attendees.forbidden")}
          </p>
        </div>
      );
    }
    throw e;
  }
  return (
    <div className="page attendees-page">
      <h1>
        {t("rsvp.attendees.title")}: <Link href={`/${locale}/actions/${data.action.slug}`}>{data.action.title}</Link>
      </h1>
      <p className="lead">{t("rsvp.attendees.description")}</p>
      {data.action.personalDataPurgedAt ? <p className="p-notice">{t("rsvp.attendees.purged")}</p> : null}
      <AttendeeTables data={data} locale={locale} t={t} />
    </div>
  );
}
