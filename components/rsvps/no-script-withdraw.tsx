import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { CONFIRM } from "./withdraw-texts";

type Props = { kind: "rsvp" | "commitment" | "pledge"; id: string; actionId: string; token: string; locale: Locale; t: Translate };

/**
 * The cancel link's confirmation for browsers without JavaScript: a plain form to the withdrawal
 * endpoint, which does what the interactive button does and comes back to this page.
 */
export function NoScriptWithdraw({ kind, id, actionId, token, locale, t }: Props) {
  return (
    <noscript>
      <form className="p-noscript" method="post" action="/api/withdrawals">
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="actionId" value={actionId} />
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="back" value={`/${locale}/rsvps/cancel`} />
        <button type="submit" className="button button--danger">
          {t(CONFIRM[kind])}
        </button>
      </form>
    </noscript>
  );
}
