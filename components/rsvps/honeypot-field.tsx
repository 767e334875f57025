"use client";

import { useId, type RefObject } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";

/**
 * The shared honeypot (`website`, see lib/abuse/honeypot.ts): hidden from people and assistive
 * technology, out of the tab order, never autofilled — only form-filling bots put text in it.
 */
export function HoneypotField({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="p-hp" aria-hidden="true">
      <label htmlFor={id}>{t("rsvp.honeypot")}</label>
      <input ref={inputRef} id={id} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
