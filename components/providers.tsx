"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { ClientMessages } from "@/lib/i18n/client-messages";
import { I18nProvider } from "./i18n/i18n-provider";

export function Providers({ locale, messages, children }: { locale: Locale; messages: ClientMessages; children: ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1, refetchOnWindowFocus: false } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={locale} messages={messages}>
        {children}
      </I18nProvider>
    </QueryClientProvider>
  );
}
