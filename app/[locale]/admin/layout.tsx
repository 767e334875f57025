import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { guardAdmin } from "@/components/admin/require-admin";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { QueryProvider } from "@/components/query-provider";
import { clientMessages } from "@/lib/i18n/client-messages";
import { pageTranslator } from "@/lib/i18n/server";
import "@/components/admin/admin.css";

export const dynamic = "force-dynamic";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: { default: t("admin.title"), template: `%s · ${t("admin.title")}` }, robots: { index: false, follow: false } };
}

export default async function AdminLayout({ children, params }: Props) {
  const { locale } = await pageTranslator(params);
  const { denied } = await guardAdmin(locale, "/admin");
  if (denied) return denied;
  return (
    <I18nProvider locale={locale} messages={clientMessages(locale, ["admin"])}>
      <QueryProvider>
        <div className="admin">
          <AdminNav />
          <div className="admin__content">{children}</div>
        </div>
      </QueryProvider>
    </I18nProvider>
  );
}
