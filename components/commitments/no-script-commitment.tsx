import { TextField } from "@/components/ui/text-field";
import { FormNotices, PlainFormSubmit, WithdrawForm, type PlainBlockProps } from "@/components/rsvps/no-script-parts";

type Props = PlainBlockProps & {
  /** The signed-in viewer has joined (read on the server); guests are recognised only with JavaScript. */
  joined: boolean;
};

/**
 * "I'm boycotting" for browsers without JavaScript: a plain form to the same endpoint, and for
 * signed-in people who joined, a plain withdraw form (app/api/withdrawals). Inside <noscript>.
 */
export function NoScriptCommitment({ action, locale, t, signedIn, accepting, joined, outcome }: Props) {
  const back = `/${locale}/actions/${action.slug}`;
  const committed = joined || outcome?.value === "1";
  return (
    <noscript>
      <div className="p-noscript" id="commitment-form">
        <FormNotices outcome={outcome} t={t} withdrawnText={t("commitment.withdrawn")} current={joined} />
        {committed ? (
          <div className="p-status" data-status="COMMITTED">
            <p className="p-notice" role="status">
              {t("commitment.committed")}
              {outcome?.mailed ? ` ${t("commitment.noscript.mailed")}` : ""}
            </p>
            {joined ? <WithdrawForm kind="commitment" actionId={action.id} back={back} label={t("commitment.withdraw")} /> : null}
          </div>
        ) : accepting ? (
          <form className="p-form" method="post" action={`/api/actions/${encodeURIComponent(action.id)}/commitments`} aria-label={t("commitment.heading")}>
            <p className="p-hint">{signedIn ? t("rsvp.signedIn") : t("commitment.noscript.intro")}</p>
            {signedIn ? null : (
              <TextField
                look="participation"
                label={t("commitment.emailLabel")}
                name="email"
                type="email"
                autoComplete="email"
                error={outcome?.fields.includes("email") ? t("commitment.fields.email") : undefined}
              />
            )}
            <PlainFormSubmit locale={locale} back={back} label={t("commitment.commit")} />
          </form>
        ) : null}
      </div>
    </noscript>
  );
}
