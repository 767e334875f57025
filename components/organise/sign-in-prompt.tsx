import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

/** Shown instead of organiser pages to visitors without a session; comes back here after sign-in. */
export function SignInPrompt({ locale, t, back }: { locale: Locale; t: Translate; back: string }) {
  return (
    <div className="org-alert">
      <p>{t("organise.dashboard.signInNeeded")}</p>
      <Link className="button" href={`/${locale}/sign-in?callbackUrl=${encodeURIComponent(back)}`}>
        {t("organise.dashboard.signIn")}
      </Link>
    </div>
  );
}
