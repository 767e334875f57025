"use client";

import { useEffect, useRef } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";

/**
 * The shortcuts, written out on the page (not hidden in a tooltip). Folded by default, so a
 * touch screen (no keyboard to use them) gets the queue first; opened after hydration where a
 * fine pointer with hover suggests a keyboard. Set on the element, not as a React prop, so the
 * server's HTML and the first client render agree.
 */
export function ShortcutHelp() {
  const { t } = useI18n();
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia("(hover: hover) and (pointer: fine)").matches) ref.current.open = true;
  }, []);
  return (
    <details ref={ref} className="admin-shortcuts">
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
