import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LinkedText } from "@/components/auth/linked-text";
import { env } from "@/lib/env";
import { listOutbox } from "@/lib/mail/outbox";
import { pageTranslator } from "@/lib/i18n/server";
import "@/components/auth/auth.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

// Mail holds sign-in links: this page must never exist in production.
const outboxVisible = () => env().APP_ENV !== "production";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { t } = await pageTranslator(params);
  return { title: t("auth.outbox.title"), description: t("auth.outbox.intro"), robots: { index: false } };
}

/** How demo users and E2E journeys read confirmation and sign-in mails when no SMTP server is set. */
export default async function OutboxPage({ params }: Props) {
  if (!outboxVisible()) notFound();
  const { locale, t } = await pageTranslator(params);
  const messages = listOutbox(100);
  const date = new Intl.DateTimeFormat(locale, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: "UTC", timeZoneName: "short" });
  return (
    <div className="page">
      <h1>{t("auth.outbox.title")}</h1>
      <p className="lead">{t("auth.outbox.intro")}</p>
      {messages.length === 0 ? (
        <p className="empty-state">{t("auth.outbox.empty")}</p>
      ) : (
        <ol className="outbox-list">
          {messages.map((m) => (
            <li key={m.id} className="outbox-message">
              <article aria-labelledby={`mail-${m.id}`}>
                <h2 id={`mail-${m.id}`}>{m.subject}</h2>
                <dl>
                  <dt>{t("auth.outbox.to")}</dt>
                  <dd>{m.to}</dd>
                  <dt>{t("auth.outbox.date")}</dt>
                  <dd>
                    <time dateTime={m.at}>{date.format(new Date(m.at))}</time>
                  </dd>
                </dl>
                <pre className="outbox-text">
                  <LinkedText text={m.text} />
                </pre>
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
