import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { FormOutcome } from "@/lib/rsvps/form-outcome";
import { errorCodeText } from "./error-message";

/** What the action page hands every no-JavaScript participation block. */
export type PlainBlockProps = {
  action: { id: string; slug: string };
  locale: Locale;
  t: Translate;
  signedIn: boolean;
  accepting: boolean;
  outcome: FormOutcome | null;
};

/** A translated sentence for an error code that came back in the URL; unknown codes get the generic one. */
export const formErrorText = errorCodeText;

/** What the last no-JavaScript submit said: "withdrawn" (unless the page already shows the new state) and errors. */
export function FormNotices({ outcome, t, withdrawnText, current }: { outcome: FormOutcome | null; t: Translate; withdrawnText: string; current: boolean }) {
  return (
    <>
      {outcome?.withdrawn && !current ? (
        <p className="p-notice" role="status">
          {withdrawnText}
        </p>
      ) : null}
      {outcome?.error ? (
        <p className="p-error" role="alert">
          {formErrorText(t, outcome.error)}
        </p>
      ) : null}
    </>
  );
}

type WithdrawProps = { kind: "rsvp" | "commitment" | "pledge"; id?: string; actionId?: string; token?: string; back: string; label: string; ariaLabel?: string; danger?: boolean };

/** The undo as a plain form: forms cannot DELETE, so it goes through POST /api/withdrawals. */
export function WithdrawForm({ kind, id, actionId, token, back, label, ariaLabel, danger }: WithdrawProps) {
  return (
    <form method="post" action="/api/withdrawals">
      <input type="hidden" name="kind" value={kind} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {actionId ? <input type="hidden" name="actionId" value={actionId} /> : null}
      {token ? <input type="hidden" name="token" value={token} /> : null}
      <input type="hidden" name="back" value={back} />
      <button type="submit" className={danger ? "button button--danger" : "button button--secondary"} aria-label={ariaLabel}>
        {label}
      </button>
    </form>
  );
}

/** Every plain participation form ends the same way: the reader's language, the way back, the button. */
export function PlainFormSubmit({ locale, back, label }: { locale: string; back: string; label: string }) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="back" value={back} />
      <button type="submit" className="button">
        {label}
      </button>
    </>
  );
}
