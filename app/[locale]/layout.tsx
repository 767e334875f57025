import type { Metadata } from "next";
import type { ReactNode } from "react";
import "../globals.css";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { appUrl } from "@/lib/env";
import { clientMessages, SHARED_CLIENT_MESSAGES } from "@/lib/i18n/client-messages";
import { textDirection } from "@/lib/i18n/locales";
import { pageTranslator } from "@/lib/i18n/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return {
    // Canonical and og:url are absolute (link previews and search engines ignore relative ones).
    metadataBase: new URL(`${appUrl()}/`),
    title: { default: t("common.appName"), template: `%s · ${t("common.appName")}` },
    description: t("common.tagline"),
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale, t } = await pageTranslator(params);
  return (
    <html lang={locale} dir={textDirection(locale)}>
      {/* Icons as plain links to files in public/ (app/ icon files would sit above this root layout). */}
      <head>
        <link rel="icon" href="/favicon.ico" sizes="any" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <link rel="apple-touch-icon" href="/apple-icon.png" />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t("common.skipToContent")}
        </a>
        <I18nProvider locale={locale} messages={clientMessages(locale, SHARED_CLIENT_MESSAGES)}>
          <SiteHeader locale={locale} t={t} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter t={t} />
        </I18nProvider>
      </body>
    </html>
  );
}
