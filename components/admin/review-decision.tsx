"use client";

import { useEffect, useRef, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { QueueItem } from "./review-item-view";

export type Decision = "approve" | "reject" | "changes";

type Props = {
  item: QueueItem;
  open: "reject" | "changes" | null;
  onOpen: (decision: "reject" | "changes" | null) => void;
  onDecide: (decision: Decision, text?: string) => void;
  pending: boolean;
  error: string | null;
};

/** Approve at once; reject and request changes first ask for the text the organiser will get. */
export function ReviewDecision({ item, open, onOpen, onDecide, pending, error }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState("");
  const [missing, setMissing] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const id = `decision-${item.id}`;

  useEffect(() => {
    if (open) field.current?.focus();
  }, [open]);

  const submit = () => {
    if (!open) return;
    if (text.trim().length < 3) {
      setMissing(true);
      field.current?.focus();
      return;
    }
    onDecide(open, text.trim());
  };

  return (
    <div>
      <div className="review-item__actions">
        <button type="button" className="button" disabled={pending || !item.statement.published} onClick={() => onDecide("approve")}>
          {t("admin.review.approve")}
        </button>
        <button type="button" className="button button--danger" disabled={pending} aria-expanded={open === "reject"} onClick={() => onOpen(open === "reject" ? null : "reject")}>
          {t("admin.review.reject")}
        </button>
        <button type="button" className="button button--secondary" disabled={pending} aria-expanded={open === "changes"} onClick={() => onOpen(open === "changes" ? null : "changes")}>
          {t("admin.review.requestChanges")}
        </button>
      </div>
      {open ? (
        <form method="post"
          className="admin-field"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          onKeyDown={(e) => {
            if (e.key === "Escape") onOpen(null);
          }}
        >
          <label htmlFor={id}>{t(open === "reject" ? "admin.review.reasonLabel" : "admin.review.noteLabel")}</label>
          <textarea
            id={id}
            ref={field}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setMissing(false);
            }}
            maxLength={2000}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${id}-error` : undefined}
          />
          {missing ? (
            <p id={`${id}-error`} className="admin-error-text">
              {t("admin.review.textRequired")}
            </p>
          ) : null}
          <div className="admin-row">
            <button type="submit" className={open === "reject" ? "button button--danger" : "button"} disabled={pending}>
              {pending ? t("admin.saving") : t(open === "reject" ? "admin.review.confirmReject" : "admin.review.confirmChanges")}
            </button>
            <button type="button" className="button button--secondary" onClick={() => onOpen(null)}>
              {t("admin.cancel")}
            </button>
          </div>
        </form>
      ) : null}
      {error ? (
        <p className="admin-alert" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
