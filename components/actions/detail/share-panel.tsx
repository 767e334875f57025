"use client";

import { useState, useSyncExternalStore } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";

const noop = () => () => {};
const canShare = () => typeof navigator !== "undefined" && typeof navigator.share === "function";

/**
 * The link and a ready-made text, both selectable without JavaScript; with it, copy buttons and
 * the system share sheet where the browser has one. Nothing is sent to any social network.
 */
export function SharePanel({ url, text, title }: { url: string; text: string; title: string }) {
  const { t } = useI18n();
  const hydrated = useSyncExternalStore(noop, () => true, () => false);
  const native = useSyncExternalStore(noop, canShare, () => false);
  const [status, setStatus] = useState("");

  async function copy(value: string) {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(t("action.share.copied"));
    } catch {
      setStatus(t("action.share.copyFailed"));
    }
  }

  async function share() {
    try {
      await navigator.share({ title, text, url });
    } catch {
      // Dismissing the share sheet is not an error worth showing.
    }
  }

  return (
    <section className="side-card" aria-labelledby="share-heading">
      <h2 id="share-heading">{t("action.share.heading")}</h2>
      <div className="field">
        <label htmlFor="share-link">{t("action.share.link")}</label>
        <input id="share-link" type="url" readOnly value={url} dir="ltr" onFocus={(e) => e.currentTarget.select()} />
      </div>
      <div className="field">
        <label htmlFor="share-text">{t("action.share.text")}</label>
        <textarea id="share-text" readOnly rows={4} value={text} onFocus={(e) => e.currentTarget.select()} />
      </div>
      {hydrated ? (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => copy(url)}>
            {t("action.share.copyLink")}
          </button>
          <button type="button" className="button button--secondary" onClick={() => copy(text)}>
            {t("action.share.copyText")}
          </button>
          {native ? (
            <button type="button" className="button" onClick={share}>
              {t("action.share.native")}
            </button>
          ) : null}
        </div>
      ) : null}
      <p className="field__hint" role="status">
        {status}
      </p>
    </section>
  );
}
