"use client";

import { useId, type InputHTMLAttributes, type TextareaHTMLAttributes } from "react";

/** Each area keeps its own look; the markup and the accessibility wiring are the same everywhere. */
const LOOKS = {
  auth: { field: "auth-field", hint: "auth-hint", error: "auth-error-text" },
  participation: { field: "p-field", hint: "p-hint", error: "p-error" },
  admin: { field: "admin-field", hint: "admin-hint", error: "admin-error-text" },
} as const;

type Common = {
  label: string;
  hint?: string;
  error?: string;
  look: keyof typeof LOOKS;
  /** Announce the error as soon as it appears (short forms whose submit button sits next to it). */
  announce?: boolean;
};
type Props = Common & (({ multiline?: false } & InputHTMLAttributes<HTMLInputElement>) | ({ multiline: true } & TextareaHTMLAttributes<HTMLTextAreaElement>));

/** A labelled input or textarea; its hint and error are tied to it (aria-describedby). */
export function TextField(props: Props) {
  const { label, hint, error, look, announce, multiline, ...rest } = props;
  const id = useId();
  const classes = LOOKS[look];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const a11y = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
  };
  return (
    <div className={classes.field}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className={classes.hint}>
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...a11y} {...(rest as TextareaHTMLAttributes<HTMLTextAreaElement>)} />
      ) : (
        <input {...a11y} {...(rest as InputHTMLAttributes<HTMLInputElement>)} />
      )}
      {error ? (
        <p id={errorId} className={classes.error} role={announce ? "alert" : undefined}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
