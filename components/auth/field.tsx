"use client";

import { useId, type InputHTMLAttributes } from "react";

type Props = { label: string; hint?: string; error?: string } & InputHTMLAttributes<HTMLInputElement>;

/** A labelled input; its hint and error are tied to it (aria-describedby) and the error is announced. */
export function Field({ label, hint, error, ...input }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="auth-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="auth-hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        {...input}
      />
      {error ? (
        <p id={errorId} className="auth-error-text">
          {error}
        </p>
      ) : null}
    </div>
  );
}
