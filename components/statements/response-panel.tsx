import type { StatementDetail } from "@/lib/discovery";
import { regionName } from "@/lib/discovery-ui/language-name";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

const KINDS = ["RALLY", "DONATION_DRIVE", "BOYCOTT"] as const;

/** How chapters answered: actions by kind, people, money per currency (never summed across), items, commitments, countries. */
export function ResponsePanel({ response, locale, t }: { response: StatementDetail["response"]; locale: Locale; t: Translate }) {
  const n = (v: number) => formatNumber(v, locale);
  return (
    <section className="response-panel" aria-labelledby="response-heading">
      <h2 id="response-heading">{t("statement.response.heading")}</h2>
      <dl className="stat-grid">
        {KINDS.map((k) => (
          <div key={k}>
            <dt>{t(`common.kinds.${k}`)}</dt>
            <dd>{n(response.actionsByKind[k])}</dd>
          </div>
        ))}
        <div>
          <dt>{t("statement.response.peopleGoing")}</dt>
          <dd>{n(response.peopleGoing)}</dd>
        </div>
        <div>
          <dt>{t("statement.response.itemsPledged")}</dt>
          <dd>{n(response.itemsPledged)}</dd>
        </div>
        <div>
          <dt>{t("statement.response.commitments")}</dt>
          <dd>{n(response.boycottCommitments)}</dd>
        </div>
        <div>
          <dt>{t("statement.response.countries")}</dt>
          <dd>{n(response.countriesReached)}</dd>
        </div>
      </dl>
      <h3>{t("statement.response.moneyPledged")}</h3>
      {response.moneyPledged.length ? (
        <ul className="tag-list">
          {response.moneyPledged.map((m) => (
            <li key={m.currency}>{formatMoney(m.amountMinor, m.currency, locale)}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("statement.response.noMoney")}</p>
      )}
      {response.countries.length ? (
        <>
          <h3>{t("statement.response.countries")}</h3>
          <ul className="tag-list">
            {response.countries
              .map((c) => regionName(c, locale))
              .sort((a, b) => a.localeCompare(b, locale))
              .map((name) => (
                <li key={name}>{name}</li>
              ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
