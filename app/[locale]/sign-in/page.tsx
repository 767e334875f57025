import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { PasswordSignInForm } from "@/components/auth/password-sign-in-form";
import { SignInNotice } from "@/components/auth/sign-in-notice";
import { QueryProvider } from "@/components/query-provider";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { getCurrentUser } from "@/lib/auth/current-user";
import { pageTranslator } from "@/lib/i18n/server";
import "@/components/auth/auth.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return {
    title: t("auth.signIn.title"),
    description: t("auth.signIn.description"),
    openGraph: { title: t("auth.signIn.title"), description: t("auth.signIn.description") },
    robots: { index: false },
  };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale, t } = await pageTranslator(params);
  const query = await searchParams;
  const callbackUrl = safeCallbackPath(query.callbackUrl, locale);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <div className="page auth-page">
      <h1>{t("auth.signIn.title")}</h1>
      <p className="lead">{t("auth.signIn.description")}</p>
      <div className="auth-columns">
        <QueryProvider>
          <section className="auth-card" aria-labelledby="password-heading">
            <h2 id="password-heading">{t("auth.signIn.passwordHeading")}</h2>
            <SignInNotice query={query} form="password" t={t} />
            <PasswordSignInForm callbackUrl={callbackUrl} />
          </section>
          <section className="auth-card" aria-labelledby="link-heading">
            <h2 id="link-heading">{t("auth.signIn.linkHeading")}</h2>
            <SignInNotice query={query} form="magicLink" t={t} />
            <MagicLinkForm callbackUrl={callbackUrl} />
          </section>
        </QueryProvider>
      </div>
      <p className="muted">{t("auth.signIn.privacy")}</p>
    </div>
  );
}
