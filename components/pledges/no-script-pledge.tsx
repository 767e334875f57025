import { TextField } from "@/components/ui/text-field";
import { FormNotices, PlainFormSubmit, type PlainBlockProps } from "@/components/rsvps/no-script-parts";
import { needLabel } from "@/lib/discovery-ui/need-unit";

type Props = PlainBlockProps & {
  drive: { currency: string | null; needs: { id: string; item: string; unit: string | null }[] };
};

/**
 * A pledge for browsers without JavaScript: every field at once (nothing can appear or hide),
 * money or items chosen with a radio, posted to the same endpoint. Inside <noscript>.
 */
export function NoScriptPledge({ action, locale, t, signedIn, accepting, drive, outcome }: Props) {
  const back = `/${locale}/actions/${action.slug}`;
  const field = (f: string) => outcome?.fields.includes(f);
  const both = !!drive.currency && drive.needs.length > 0;
  return (
    <noscript>
      <div className="p-noscript" id="pledge-form">
        {outcome?.value === "1" ? (
          <p className="p-notice" role="status">
            {t("pledge.thanks")}
            {outcome.mailed ? ` ${t("pledge.withdrawLinkSent")}` : ""}
          </p>
        ) : null}
        <FormNotices outcome={outcome} t={t} withdrawnText={t("pledge.withdrawn")} current={false} />
        {accepting ? (
          <form className="p-form" method="post" action={`/api/actions/${encodeURIComponent(action.id)}/pledges`} aria-label={t("pledge.heading")}>
            <p className="p-hint">{t("pledge.noscript.intro")}</p>
            {both ? (
              <fieldset className="p-tiers">
                <legend>{t("pledge.chooseKind")}</legend>
                <label className="p-check">
                  <input type="radio" name="pledgeKind" value="money" defaultChecked /> {t("pledge.kindMoney")}
                </label>
                <label className="p-check">
                  <input type="radio" name="pledgeKind" value="item" /> {t("pledge.kindItem")}
                </label>
              </fieldset>
            ) : (
              <input type="hidden" name="pledgeKind" value={drive.currency ? "money" : "item"} />
            )}
            {drive.currency ? (
              <>
                <input type="hidden" name="currency" value={drive.currency} />
                <TextField look="participation" label={t("pledge.amountLabel", { currency: drive.currency })} name="amount" inputMode="decimal" error={field("amountMinor") ? t("pledge.fields.amountMinor") : undefined} />
              </>
            ) : null}
            {drive.needs.length > 0 ? (
              <>
                <div className="p-field">
                  <label htmlFor="pledge-form-need">{t("pledge.needLabel")}</label>
                  <select id="pledge-form-need" name="needId" aria-invalid={field("needId") ? true : undefined}>
                    {drive.needs.map((n) => (
                      <option key={n.id} value={n.id}>
                        {needLabel(t, n.item, n.unit)}
                      </option>
                    ))}
                  </select>
                </div>
                <TextField look="participation" label={t("pledge.quantityLabel")} name="quantity" type="number" min={1} max={10000} defaultValue={1} error={field("quantity") ? t("pledge.fields.quantity") : undefined} />
              </>
            ) : null}
            <label className="p-check">
              <input type="checkbox" name="anonymous" /> {t("pledge.anonymousLabel")}
            </label>
            <TextField look="participation" label={t("pledge.displayNameLabel")} name="displayName" autoComplete="name" maxLength={100} error={field("displayName") ? t("pledge.fields.displayName") : undefined} />
            {signedIn ? null : (
              <TextField look="participation" label={t("pledge.emailLabel")} name="email" type="email" autoComplete="email" error={field("email") ? t("pledge.fields.email") : undefined} />
            )}
            <PlainFormSubmit locale={locale} back={back} label={t("pledge.submit")} />
          </form>
        ) : null}
      </div>
    </noscript>
  );
}
