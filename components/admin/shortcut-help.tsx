import type { Translate } from "@/lib/i18n/translator";

/** The shortcuts, written out on the page (not hidden in a tooltip). */
export function ShortcutHelp({ t }: { t: Translate }) {
  return (
    <details className="admin-shortcuts" open>
      <summary>{t("admin.review.shortcutsTitle")}</summary>
      <ul>
        <li>{t("admin.review.shortcutMove")}</li>
        <li>{t("admin.review.shortcutApprove")}</li>
        <li>{t("admin.review.shortcutReject")}</li>
        <li>{t("admin.review.shortcutChanges")}</li>
      </ul>
      <p className="muted">{t("admin.review.shortcutsHint")}</p>
    </details>
  );
}
