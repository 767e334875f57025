"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { sendJson } from "./api";

/** Ends the session on the server, then reloads on the home page so nothing signed-in stays on screen. */
export function SignOutButton() {
  const { locale, t } = useI18n();
  const [busy, setBusy] = useState(false);
  async function signOut() {
    setBusy(true);
    try {
      await sendJson("/api/auth/sign-out", "POST");
    } finally {
      // A full load, not a client navigation: no signed-in data may stay in memory.
      window.location.assign(new URL(`/${locale}`, window.location.origin).href);
    }
  }
  return (
    <button type="button" className="user-menu__sign-out" onClick={signOut} disabled={busy} aria-busy={busy || undefined}>
      {t("auth.menu.signOut")}
    </button>
  );
}
