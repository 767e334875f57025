import type { Metadata } from "next";
import Link from "next/link";
import { guardAdmin } from "@/components/admin/require-admin";
import { UserTable } from "@/components/admin/user-table";
import { listAdminChapters } from "@/lib/admin/chapter-queries";
import { searchUsers } from "@/lib/admin/user-queries";
import { userSearchQuery } from "@/lib/admin/user-schema";
import { pageTranslator } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string; cursor?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("admin.users.title"), description: t("admin.users.description"), openGraph: { title: t("admin.users.title") } };
}

export default async function UsersPage({ params, searchParams }: Props) {
  const { locale, t } = await pageTranslator(params);
  const { user, denied } = await guardAdmin(locale, "/admin/users");
  if (denied) return denied;
  const parsed = userSearchQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : { limit: 50 };
  const [result, chapters] = await Promise.all([searchUsers(query), listAdminChapters()]);
  const more = result.nextCursor ? `/${locale}/admin/users?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), cursor: result.nextCursor })}` : null;
  return (
    <div className="page">
      <h1>{t("admin.users.title")}</h1>
      <p className="lead">{t("admin.users.description")}</p>
      <form className="admin-filters" method="get" action={`/${locale}/admin/users`} role="search">
        <div className="admin-field">
          <label htmlFor="user-q">{t("admin.users.searchLabel")}</label>
          <input id="user-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={200} />
        </div>
        <button type="submit" className="button">
          {t("admin.users.search")}
        </button>
      </form>
      <p className="muted">{t("admin.users.suspendHint")}</p>
      <p>{t("admin.users.results", { count: result.items.length })}</p>
      {result.items.length === 0 ? (
        <p className="empty-state">{t("admin.users.empty")}</p>
      ) : (
        <UserTable key={`${query.q ?? ""}-${query.cursor ?? ""}`} initial={result.items} selfId={user.id} chapters={chapters.map((c) => ({ id: c.id, name: c.name }))} />
      )}
      {more ? (
        <p>
          <Link href={more}>{t("admin.users.more")}</Link>
        </p>
      ) : null}
    </div>
  );
}
