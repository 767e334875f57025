"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { ClientMessages } from "@/lib/i18n/client-messages";
import type { Locale } from "@/lib/i18n/locales";
import { translator, type Translate } from "@/lib/i18n/translator";

type I18n = { locale: Locale; t: Translate; messages: ClientMessages };
const I18nContext = createContext<I18n | null>(null);

/**
 * Client components get the reader's messages from the server layout, never a second fetch and
 * never another language's catalogue (the English fallback is merged in on the server). A nested
 * provider adds whole namespaces for its part of the site (admin, organise) to its parent's.
 */
export function I18nProvider({ locale, messages, children }: { locale: Locale; messages: ClientMessages; children: ReactNode }) {
  const parent = useContext(I18nContext)?.messages;
  const value = useMemo(() => {
    const all = parent ? { ...parent, ...messages } : messages;
    return { locale, messages: all, t: translator(locale, all) };
  }, [locale, messages, parent]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error("useI18n outside I18nProvider");
  return ctx;
}
