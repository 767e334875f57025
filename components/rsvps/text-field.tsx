"use client";

import { useId, type InputHTMLAttributes } from "react";

type Props = { label: string; hint?: string; error?: string } & InputHTMLAttributes<HTMLInputElement>;

/** A labelled input whose error sits next to it and is announced with it. */
export function TextField({ label, hint, error, ...input }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="p-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="p-hint">
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
        <p id={errorId} className="p-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
