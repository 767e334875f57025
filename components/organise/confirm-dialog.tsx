"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";

type Props = {
  open: boolean;
  title: string;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
  children?: ReactNode;
};

/**
 * One-step confirmation in a native modal <dialog>: the browser traps focus and Escape closes it.
 * Focus goes to the first field (or the safe "keep" button) and returns to whatever opened it.
 */
export function ConfirmDialog({ open, title, confirmLabel, danger, busy, error, onConfirm, onClose, children }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      const first = dialog.querySelector<HTMLElement>("textarea, input, select") ?? dialog.querySelector<HTMLElement>("[data-autofocus]");
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="org-dialog"
      aria-labelledby={titleId}
      onClose={() => {
        onClose();
        if (opener.current instanceof HTMLElement) opener.current.focus();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        {error ? (
          <p role="alert" className="org-alert org-alert--error">
            {error}
          </p>
        ) : null}
        <div className="org-dialog__buttons">
          <button type="button" className="button button--secondary" data-autofocus onClick={() => ref.current?.close()}>
            {t("organise.dialog.cancel")}
          </button>
          <button type="submit" className={`button${danger ? " button--danger" : ""}`} disabled={busy}>
            {busy ? t("organise.dialog.working") : confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
