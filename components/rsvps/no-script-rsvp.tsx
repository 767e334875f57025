import { TextField } from "@/components/ui/text-field";
import { HONEYPOT_FIELD } from "@/lib/abuse/honeypot";
import { FormNotices, PlainFormSubmit, WithdrawForm, type PlainBlockProps } from "./no-script-parts";

type Props = PlainBlockProps & {
  /** The signed-in viewer's live RSVP, read on the server (guests are recognised only with JavaScript). */
  mine: { id: string; status: "GOING" | "WAITLISTED"; position: number | null; guests: number } | null;
};

/**
 * The RSVP for browsers without JavaScript (Tor Browser's safest mode, among others): a plain
 * form that posts to the same API endpoint and comes back to this page with the outcome. Inside
 * <noscript>, so with JavaScript on nobody sees it and the interactive panel does the work.
 */
export function NoScriptRsvp({ action, locale, t, signedIn, accepting, mine, outcome }: Props) {
  const fieldError = (f: "name" | "email" | "guests") => (outcome?.fields.includes(f) ? t(`rsvp.fields.${f}`) : undefined);
  const told = outcome?.value === "GOING" || outcome?.value === "WAITLISTED" ? outcome.value : null;
  const status = mine ?? (told ? { id: null, status: told, position: outcome?.position ?? null, guests: 0 } : null);
  const back = `/${locale}/actions/${action.slug}`;
  return (
    <noscript>
      <div className="p-noscript" id="rsvp-form">
        <FormNotices outcome={outcome} t={t} withdrawnText={t("rsvp.cancelled")} current={!!mine} />
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
              <WithdrawForm kind="rsvp" id={status.id} back={back} label={t("rsvp.cancel")} />
            ) : (
              <p className="p-hint">{t("rsvp.noscript.cancelByMail")}</p>
            )}
          </div>
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
            <PlainFormSubmit locale={locale} back={back} label={t("rsvp.submit")} />
          </form>
        ) : null}
      </div>
    </noscript>
  );
}
