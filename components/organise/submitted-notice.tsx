import Link from "next/link";
import type { Translate } from "@/lib/i18n/translator";

type Props = { locale: string; t: Translate; status: string; slug: string };

/**
 * What happens next after "Submit for review" / "Publish", read from the action's real status
 * (not from the URL), with the way to the action itself.
 */
export function SubmittedNotice({ locale, t, status, slug }: Props) {
  if (status !== "PENDING_REVIEW" && status !== "PUBLISHED") return null;
  return (
    <div className="org-alert org-alert--ok" role="status">
      <p>{status === "PUBLISHED" ? t("organise.form.submittedPublished") : t("organise.form.submittedReview")}</p>
      <p>
        {status === "PUBLISHED" ? (
          <Link href={`/${locale}/actions/${slug}`}>{t("organise.form.viewPublic")}</Link>
        ) : (
          <Link href={`/${locale}/organise`}>{t("organise.form.backToDashboard")}</Link>
        )}
      </p>
    </div>
  );
}
