import type { PublicActionDetail } from "@/lib/discovery";
import { safeUrl } from "@/lib/discovery-ui/safe-url";
import type { Translate } from "@/lib/i18n/translator";

type Boycott = NonNullable<PublicActionDetail["boycott"]>;

/** Each target with why, the sources to check it, and what to buy instead. */
export function BoycottTargets({ boycott, t }: { boycott: Boycott; t: Translate }) {
  return (
    <section className="action-section" aria-labelledby="boycott-heading">
      <h2 id="boycott-heading">{t("action.boycott.heading")}</h2>
      <ul className="target-list">
        {boycott.targets.map((target) => {
          const sources = target.sourceUrls.map(safeUrl).filter((u): u is string => u !== null);
          return (
          <li key={target.id} className="target">
            <h3>
              <bdi>{target.name}</bdi> <span className="tag">{t(`action.boycott.targetKinds.${target.kind}`)}</span>
            </h3>
            <p>
              <strong>{t("action.boycott.reason")}: </strong>
              <bdi>{target.reason}</bdi>
            </p>
            {sources.length ? (
              <p>
                <strong>{t("action.boycott.sources")}: </strong>
                {sources.map((url, i) => (
                  <span key={url}>
                    {i > 0 ? ", " : null}
                    <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                      {t("action.boycott.source", { n: i + 1 })}
                    </a>
                  </span>
                ))}
              </p>
            ) : null}
            <p>
              <strong>{t("action.boycott.alternatives")}: </strong>
              {target.alternatives.length ? <bdi>{target.alternatives.join(", ")}</bdi> : t("action.boycott.noAlternatives")}
            </p>
          </li>
          );
        })}
      </ul>
    </section>
  );
}
