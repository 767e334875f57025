"use client";

import type { ReactNode } from "react";

export type FieldA11y = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

type Props = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  /** Gets the id and aria attributes to spread on the control, so label, hint and error stay linked. */
  children: (a11y: FieldA11y) => ReactNode;
};

/** Label, control, hint and error next to it; the error is announced and tied to the control. */
export function Field({ id, label, hint, error, required, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`org-field${error ? " org-field--error" : ""}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {children({ id, ...(error ? { "aria-invalid": true as const } : {}), ...(describedBy ? { "aria-describedby": describedBy } : {}) })}
      {error ? (
        <p id={errorId} className="org-field__error">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="org-field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
