import type { ReactNode } from "react";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { QueryProvider } from "@/components/query-provider";
import { clientMessages } from "@/lib/i18n/client-messages";
import { pageLocale } from "@/lib/i18n/server";

/** The translation forms' messages (and the Markdown editor's) reach the browser only here. */
export default async function TranslateLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  return (
    <I18nProvider locale={locale} messages={clientMessages(locale, ["translate", "organise.form", "organise.errors"])}>
      <QueryProvider>{children}</QueryProvider>
    </I18nProvider>
  );
}
