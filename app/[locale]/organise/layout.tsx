import type { ReactNode } from "react";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { QueryProvider } from "@/components/query-provider";
import { clientMessages } from "@/lib/i18n/client-messages";
import { pageLocale } from "@/lib/i18n/server";

/** The organiser forms' messages and TanStack Query reach the browser only on organiser pages. */
export default async function OrganiseLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  return (
    <I18nProvider locale={locale} messages={clientMessages(locale, ["organise"])}>
      <QueryProvider>{children}</QueryProvider>
    </I18nProvider>
  );
}
