import type { Metadata } from "next";
import Link from "next/link";
import { pageTranslator } from "@/lib/i18n/server";
import "@/components/auth/auth.css";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const KNOWN = ["Verification", "AccessDenied", "Configuration"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("auth.error.title"), description: t("auth.error.Default"), openGraph: { title: t("auth.error.title") }, robots: { index: false } };
}

/** next-auth sends failed magic links here (?error=Verification for used or expired links). */
export default async function AuthErrorPage({ params, searchParams }: Props) {
  const { locale, t } = await pageTranslator(params);
  const raw = (await searchParams).error;
  const code = KNOWN.find((k) => k.toLowerCase() === String(Array.isArray(raw) ? raw[0] : (raw ?? "")).toLowerCase()) ?? "Default";
  return (
    <div className="page auth-page">
      <h1>{t("auth.error.title")}</h1>
      <p className="auth-notice auth-notice--error" role="alert">
        {t(`auth.error.${code}`)}
      </p>
      <p>
        <Link href={`/${locale}/sign-in`}>{t("auth.error.again")}</Link>
      </p>
    </div>
  );
}
