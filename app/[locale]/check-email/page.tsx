import type { Metadata } from "next";
import Link from "next/link";
import { MAGIC_LINK_MAX_AGE_S } from "@/lib/auth/magic-link";
import { pageTranslator } from "@/lib/i18n/server";
import "@/components/auth/auth.css";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("auth.checkEmail.title"), description: t("auth.checkEmail.spam"), openGraph: { title: t("auth.checkEmail.title") }, robots: { index: false } };
}

/** Says the same thing whether or not the address has an account. */
export default async function CheckEmailPage({ params }: Props) {
  const { locale, t } = await pageTranslator(params);
  return (
    <div className="page auth-page">
      <h1>{t("auth.checkEmail.title")}</h1>
      <p className="auth-notice" role="status">
        {t("auth.checkEmail.body", { minutes: Math.round(MAGIC_LINK_MAX_AGE_S / 60) })}
      </p>
      <p>{t("auth.checkEmail.spam")}</p>
      <p>
        <Link href={`/${locale}/sign-in`}>{t("auth.checkEmail.again")}</Link>
      </p>
    </div>
  );
}
