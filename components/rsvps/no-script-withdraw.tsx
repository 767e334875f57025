import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { WithdrawForm } from "./no-script-parts";
import { CONFIRM } from "./withdraw-texts";

type Props = { kind: "rsvp" | "commitment" | "pledge"; id: string; actionId: string; token: string; locale: Locale; t: Translate };

/**
 * The cancel link's confirmation for browsers without JavaScript: a plain form to the withdrawal
 * endpoint, which does what the interactive button does and comes back to this page.
 */
export function NoScriptWithdraw({ kind, id, actionId, token, locale, t }: Props) {
  return (
    <noscript>
      <div className="p-noscript">
        <WithdrawForm kind={kind} id={id} actionId={actionId} token={token} back={`/${locale}/rsvps/cancel`} label={t(CONFIRM[kind])} danger />
      </div>
    </noscript>
  );
}
