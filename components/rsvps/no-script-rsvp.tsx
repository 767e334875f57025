import { TextField } from "@/components/ui/text-field";
import { HONEYPOT_FIELD } from "@/lib/abuse/honeypot";
import type { Locale } from "@/lib/i18n/locales";
import type { MessageKey, Translate } from "@/lib/i18n/translator";
import type { RsvpFormOutcome } from "@/lib/rsvps/form-outcome";

const KNOWN_ERRORS = new Set(["RATE_LIMITED", "CONFLICT", "ACTION_FULL", "NOT_FOUND", "FORBIDDEN", "UNAUTHENTICATED", "VALIDATION"]);

type Props = {
  action: { id: string; slug: string };
  locale: Locale;
  t: Translate;
  signedIn: boolean;
  accepting: boolean;
  /** The signed-in viewer's live RSVP, read on the server (guests are recognised only with JavaScript). */
  mine: { id: string; status: "GOING" | "WAITLISTED"; position: number | null; guests: number } | null;
  outcome: RsvpFormOutcome | null;
};

/**
 * The RSVP for browsers without JavaScript (Tor Browser's safest mode, among others): a plain
 * form that posts to the same API endpoint and comes back to this page with the outcome. Inside
 * <noscript>, so with JavaScript on nobody sees it and the interactive panel does the work.
 */
export function NoScriptRsvp({ action, locale, t, signedIn, accepting, mine, outcome }: Props) {
  const fieldError = (f: "name" | "email" | "guests") => (outcome?.fields.includes(f) ? t(`rsvp.fields.${f}`) : undefined);
  const status = mine ?? (outcome?.status ? { id: null, status: outcome.status, position: outcome.position, guests: 0 } : null);
  const back = `/${locale}/actions/${action.slug}`;
  return (
    <noscript>
      <div className="p-noscript" id="rsvp-form">
        {outcome?.cancelled && !mine ? (
          <p className="p-notice" role="status">
            {t("rsvp.cancelled")}
          </p>
        ) : null}
        {status ? (
          <div className="p-status" data-status={status.status}>
            <p className="p-notice" role="status">
              {status.status === "GOING"
                ? status.guests > 0
                  ? t("rsvp.statusGoingGuests", { count: status.guests })
                  : t("rsvp.statusGoing")
                : t("rsvp.statusWaitlisted", { position: status.position ?? 1 })}
              {outcome?.mailed ? ` ${t("rsvp.noscript.mailed")}` : ""}
            </p>
            {outcome?.again && !signedIn ? <p className="p-hint">{t("rsvp.alreadyGuest")}</p> : null}
            {status.id ? (
              // Signed in: the session is the proof, as for the interactive cancel button.
              <form method="post" action="/api/withdrawals">
                <input type="hidden" name="kind" value="rsvp" />
                <input type="hidden" name="id" value={status.id} />
                <input type="hidden" name="back" value={back} />
                <button type="submit" className="button button--secondary">
                  {t("rsvp.cancel")}
                </button>
              </form>
            ) : (
              <p className="p-hint">{t("rsvp.noscript.cancelByMail")}</p>
            )}
          </div>
        ) : null}
        {outcome?.error ? (
          <p className="p-error" role="alert">
            {t(`rsvp.errors.${KNOWN_ERRORS.has(outcome.error) ? outcome.error : "generic"}` as MessageKey)}
          </p>
        ) : null}
        {!status && !accepting ? <p className="p-hint">{t("rsvp.closed")}</p> : null}
        {!status && accepting ? (
          <form className="p-form" method="post" action={`/api/actions/${encodeURIComponent(action.id)}/rsvps`} aria-label={t("rsvp.heading")}>
            <p className="p-hint">{signedIn ? t("rsvp.signedIn") : t("rsvp.noscript.intro")}</p>
            {signedIn ? null : (
              <>
                <TextField look="participation" label={t("rsvp.nameLabel")} name="name" autoComplete="name" maxLength={100} required error={fieldError("name")} />
                <TextField look="participation" label={t("rsvp.emailLabel")} name="email" type="email" autoComplete="email" required error={fieldError("email")} />
              </>
            )}
            <TextField look="participation" label={t("rsvp.guestsLabel")} hint={t("rsvp.guestsHint")} name="guests" type="number" inputMode="numeric" min={0} max={10} defaultValue={0} error={fieldError("guests")} />
            {signedIn ? null : (
              <div className="p-hp" aria-hidden="true">
                <label htmlFor="rsvp-form-website">{t("rsvp.honeypot")}</label>
                <input id="rsvp-form-website" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
              </div>
            )}
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="back" value={back} />
            <button type="submit" className="button">
              {t("rsvp.submit")}
            </button>
          </form>
        ) : null}
      </div>
    </noscript>
  );
}
