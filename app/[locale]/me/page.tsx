import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { PasswordForm } from "@/components/account/password-form";
import { ProfileForm } from "@/components/account/profile-form";
import { SessionsList } from "@/components/account/sessions-list";
import { getMe } from "@/lib/auth/account";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listSessions } from "@/lib/auth/sessions";
import { pageTranslator } from "@/lib/i18n/server";
import "@/components/auth/auth.css";
import "@/components/account/account.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("account.title"), description: t("account.description"), openGraph: { title: t("account.title") }, robots: { index: false } };
}

export default async function AccountPage({ params, searchParams }: Props) {
  const { locale, t } = await pageTranslator(params);
  const user = await getCurrentUser();
  if (!user) {
    if ((await searchParams).deleted) {
      return (
        <div className="page account-page">
          <h1>{t("account.deleted.title")}</h1>
          <p className="auth-notice" role="status">
            {t("account.deleted.body")}
          </p>
        </div>
      );
    }
    redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/me`)}`);
  }
  const [me, sessions] = await Promise.all([getMe(user.id), listSessions(user.id, user.sessionId)]);
  return (
    <div className="page account-page">
      <h1>{t("account.title")}</h1>
      <p className="account-links">
        <Link href={`/${locale}/me/rsvps`}>{t("account.myRsvps")}</Link>
        <span className="muted">{t("account.myRsvpsHint")}</span>
      </p>
      <section className="account-section" aria-labelledby="profile-heading">
        <h2 id="profile-heading">{t("account.profile.heading")}</h2>
        <ProfileForm email={me.email} name={me.name} locale={me.locale} />
      </section>
      <section className="account-section" aria-labelledby="password-heading">
        <h2 id="password-heading">{t("account.password.heading")}</h2>
        <PasswordForm hasPassword={me.hasPassword} />
      </section>
      <section className="account-section" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t("account.sessions.heading")}</h2>
        <p className="auth-hint">{t("account.sessions.intro")}</p>
        <SessionsList initial={sessions} />
      </section>
      <section className="account-section" aria-labelledby="export-heading">
        <h2 id="export-heading">{t("account.export.heading")}</h2>
        <p>{t("account.export.intro")}</p>
        <a className="button button--secondary" href="/api/me/export" download>
          {t("account.export.download")}
        </a>
      </section>
      <section className="account-section account-section--danger" aria-labelledby="delete-heading">
        <h2 id="delete-heading">{t("account.delete.heading")}</h2>
        <p>{t("account.delete.intro")}</p>
        <DeleteAccountForm email={me.email ?? ""} />
      </section>
    </div>
  );
}
