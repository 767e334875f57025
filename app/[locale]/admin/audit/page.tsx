import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilters } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { guardAdmin } from "@/components/admin/require-admin";
import { listAudit, listAuditVerbs } from "@/lib/admin/audit-queries";
import { auditQuery } from "@/lib/admin/audit-schema";
import { listAdminChapters } from "@/lib/admin/chapter-queries";
import { pageTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("admin.audit.title"), description: t("admin.audit.description"), openGraph: { title: t("admin.audit.title") } };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale, t } = await pageTranslator(params);
  const { denied } = await guardAdmin(locale, "/admin/audit");
  if (denied) return denied;
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === "string" && v !== ""));
  const parsed = auditQuery.safeParse(raw);
  const query = parsed.success ? parsed.data : auditQuery.parse({});
  const [page, verbs, chapters] = await Promise.all([listAudit(query), listAuditVerbs(), listAdminChapters()]);
  const { cursor: _cursor, limit: _limit, ...filters } = query;
  const base = `/${locale}/admin/audit`;
  const qs = (extra: Record<string, string>) => `${base}?${new URLSearchParams({ ...(filters as Record<string, string>), ...extra })}`;
  return (
    <div className="page">
      <h1>{t("admin.audit.title")}</h1>
      <p className="lead">{t("admin.audit.description")}</p>
      <AuditFilters action={base} t={t} verbs={verbs} chapters={chapters.map((c) => ({ id: c.id, name: c.name }))} current={filters} />
      {page.items.length === 0 ? <p className="empty-state">{t("admin.audit.empty")}</p> : <AuditTable items={page.items} locale={locale} t={t} />}
      <p>
        {query.cursor ? <Link href={qs({})}>{t("admin.audit.newest")}</Link> : null}
        {query.cursor && page.nextCursor ? " · " : null}
        {page.nextCursor ? <Link href={qs({ cursor: page.nextCursor })}>{t("admin.audit.older")}</Link> : null}
      </p>
    </div>
  );
}
