import type { AuditEntryDto } from "@/lib/admin/audit-schema";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

/** Read-only by design: there is nothing on this page (or anywhere) that edits the log. */
export function AuditTable({ items, locale, t }: { items: AuditEntryDto[]; locale: Locale; t: Translate }) {
  const at = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });
  return (
    <div className="admin-table-wrap">
      <table className="admin-table audit-table">
        <thead>
          <tr>
            <th scope="col">{t("admin.audit.at")}</th>
            <th scope="col">{t("admin.audit.actor")}</th>
            <th scope="col">{t("admin.audit.verb")}</th>
            <th scope="col">{t("admin.audit.target")}</th>
            <th scope="col">{t("admin.audit.details")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id} data-verb={e.verb} data-target={e.targetId}>
              <td>
                <time dateTime={e.at}>{at.format(new Date(e.at))}</time>
              </td>
              <td>{e.actor ? (e.actor.name ?? e.actor.email ?? e.actor.id) : t("admin.audit.system")}</td>
              <td dir="ltr">
                <code>{e.verb}</code>
              </td>
              <td>
                <span dir="ltr">
                  {e.targetType} {e.targetId}
                </span>
                {e.chapter ? <div className="muted">{e.chapter.name ?? e.chapter.id}</div> : null}
              </td>
              <td>
                {e.reason ? <p>{t("admin.audit.reason", { reason: e.reason })}</p> : null}
                {e.before !== null && e.before !== undefined ? <Json label={t("admin.audit.before")} value={e.before} /> : null}
                {e.after !== null && e.after !== undefined ? <Json label={t("admin.audit.after")} value={e.after} /> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Json({ label, value }: { label: string; value: unknown }) {
  const text = JSON.stringify(value, null, 1);
  return (
    <details>
      <summary>{label}</summary>
      <pre className="audit-json" dir="ltr">
        {text.length > 4000 ? `${text.slice(0, 4000)}…` : text}
      </pre>
    </details>
  );
}
