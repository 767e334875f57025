"use client";

import { useErrorText } from "./use-error-text";

/**
 * Under an admin form: the failure (an alert, mounted only when there is one) and the last
 * success (a status region that is always there, so screen readers announce the change).
 */
export function FormOutcome({ error, status }: { error: unknown; status: string | null }) {
  const errorText = useErrorText();
  return (
    <>
      {error ? (
        <p className="admin-alert" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      <p className="admin-status" role="status">
        {status}
      </p>
    </>
  );
}
