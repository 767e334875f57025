"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { AdminUser, UpdateUserBody } from "@/lib/admin/user-schema";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

type Role = "TRANSLATOR" | "REVIEWER" | "NONE";
type Props = { user: AdminUser; pending: boolean; onChange: (body: UpdateUserBody) => void };

/** The languages a person translates statements into, and whether they may review there. */
export function TranslatorGrantForm({ user, pending, onChange }: Props) {
  const { t } = useI18n();
  const [locale, setLocale] = useState<Locale>(LOCALES[1] ?? LOCALES[0]);
  const [role, setRole] = useState<Role>("TRANSLATOR");
  const base = `user-${user.id}-tr`;
  return (
    <>
      <p>
        {user.translatorLanguages.length === 0
          ? t("admin.users.noTranslations")
          : user.translatorLanguages
              .map((g) => `${LOCALE_NAMES[g.locale as Locale] ?? g.locale}: ${t(`admin.users.translatorRoles.${g.canReview ? "REVIEWER" : "TRANSLATOR"}`)}`)
              .join(" · ")}
      </p>
      <form
        method="post"
        className="admin-row"
        onSubmit={(e) => {
          e.preventDefault();
          onChange({ translator: { locale, role } });
        }}
      >
        <div className="admin-field">
          <label htmlFor={`${base}-locale`}>{t("admin.users.translatorLabel")}</label>
          <select id={`${base}-locale`} className="admin-select" value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <div className="admin-field">
          <label htmlFor={`${base}-role`}>{t("admin.users.translatorRoleLabel")}</label>
          <select id={`${base}-role`} className="admin-select" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {(["TRANSLATOR", "REVIEWER", "NONE"] as const).map((r) => (
              <option key={r} value={r}>
                {t(`admin.users.translatorRoles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary" disabled={pending}>
          {t("admin.users.applyTranslatorRole")}
        </button>
      </form>
    </>
  );
}
