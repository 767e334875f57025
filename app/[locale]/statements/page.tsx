import type { Metadata } from "next";
import { StatementCard } from "@/components/statements/statement-card";
import { listStatements } from "@/lib/discovery";
import { pageTranslator } from "@/lib/i18n/server";
import "@/components/statements/statements.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, t } = await pageTranslator(params);
  const title = t("statement.listTitle");
  const description = t("statement.listDescription");
  return { title, description, openGraph: { title, description, type: "website", locale, url: `/${locale}/statements` } };
}

export default async function StatementsPage({ params }: Props) {
  const { locale, t } = await pageTranslator(params);
  const statements = await listStatements(locale);
  return (
    <div className="page">
      <h1>{t("statement.listTitle")}</h1>
      <p className="lead">{t("statement.listDescription")}</p>
      {statements.length === 0 ? (
        <p className="empty-state">{t("statement.empty")}</p>
      ) : (
        <ul className="statement-list">
          {statements.map((s) => (
            <li key={s.slug}>
              <StatementCard statement={s} locale={locale} t={t} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
