import Link from "next/link";
import type { Translate } from "@/lib/i18n/translator";

type Props = {
  action: string;
  t: Translate;
  verbs: string[];
  chapters: { id: string; name: string }[];
  current: { actor?: string; chapter?: string; verb?: string; from?: string; to?: string };
};

/** A GET form: every filtered view of the log is a link an admin can share. */
export function AuditFilters({ action, t, verbs, chapters, current }: Props) {
  return (
    <form className="admin-filters" method="get" action={action} aria-label={t("admin.audit.apply")}>
      <div className="admin-field">
        <label htmlFor="audit-actor">{t("admin.audit.actor")}</label>
        <input id="audit-actor" name="actor" dir="ltr" defaultValue={current.actor ?? ""} aria-describedby="audit-actor-hint" maxLength={200} />
        <p id="audit-actor-hint" className="admin-hint">
          {t("admin.audit.actorHint")}
        </p>
      </div>
      <div className="admin-field">
        <label htmlFor="audit-chapter">{t("admin.audit.chapter")}</label>
        <select id="audit-chapter" name="chapter" className="admin-select" defaultValue={current.chapter ?? ""}>
          <option value="">{t("admin.audit.any")}</option>
          {chapters.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="admin-field">
        <label htmlFor="audit-verb">{t("admin.audit.verb")}</label>
        <select id="audit-verb" name="verb" className="admin-select" defaultValue={current.verb ?? ""} dir="ltr">
          <option value="">{t("admin.audit.any")}</option>
          {verbs.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </div>
      <div className="admin-field">
        <label htmlFor="audit-from">{t("admin.audit.from")}</label>
        <input id="audit-from" name="from" type="date" defaultValue={current.from ?? ""} />
      </div>
      <div className="admin-field">
        <label htmlFor="audit-to">{t("admin.audit.to")}</label>
        <input id="audit-to" name="to" type="date" defaultValue={current.to ?? ""} />
      </div>
      <button type="submit" className="button button--secondary">
        {t("admin.audit.apply")}
      </button>
      <Link href={action}>{t("admin.audit.reset")}</Link>
    </form>
  );
}
