"use client";

import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { sendJson } from "./api";

/**
 * Ends the session on the server, then reloads on the home page so nothing signed-in stays on
 * screen. A form, so that it also works without JavaScript (the API answers it with a 303 home).
 */
export function SignOutButton() {
  const { locale, t } = useI18n();
  const [busy, setBusy] = useState(false);
  async function signOut(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      await sendJson("/api/auth/sign-out", "POST");
    } finally {
      // A full load, not a client navigation: no signed-in data may stay in memory.
      window.location.assign(new URL(`/${locale}`, window.location.origin).href);
    }
  }
  return (
    <form method="post" action="/api/auth/sign-out" onSubmit={signOut} className="user-menu__sign-out-form">
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className="user-menu__sign-out" disabled={busy} aria-busy={busy || undefined}>
        {t("auth.menu.signOut")}
      </button>
    </form>
  );
}
